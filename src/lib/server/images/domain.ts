/** Rules for an uploaded photo that need no image decoding (pure, unit-tested). */
import { VARIANT_WIDTHS, type VariantWidth } from '../../domain/image-variants';
import type { SniffedType } from './sniff';

export { VARIANT_WIDTHS, widthsFor, type VariantWidth } from '../../domain/image-variants';

export const ALT_MAX_LENGTH = 250;
/** Decompression bombs: a tiny file can claim a gigantic canvas. 50 megapixels covers any phone camera. */
export const MAX_INPUT_PIXELS = 50_000_000;

export type ImageRejection =
	| 'empty'
	| 'too_large'
	| 'unsupported_type'
	| 'heic_unsupported'
	| 'unreadable'
	| 'too_many_pixels'
	| 'alt_required'
	| 'alt_too_long';

/** A photo the server will not take, with the reason the form shows next to the field. */
export class ImageRejectedError extends Error {
	constructor(readonly reason: ImageRejection) {
		super(`Image rejected: ${reason}`);
		this.name = 'ImageRejectedError';
	}
}

export function isVariantWidth(value: number): value is VariantWidth {
	return (VARIANT_WIDTHS as readonly number[]).includes(value);
}

/** Alt text is required: a screen-reader user should know what the photo shows. */
export function checkAlt(alt: string | null | undefined): string {
	const text = (alt ?? '').replace(/\s+/g, ' ').trim();
	if (!text) throw new ImageRejectedError('alt_required');
	if (text.length > ALT_MAX_LENGTH) throw new ImageRejectedError('alt_too_long');
	return text;
}

/** Size and type, before sharp sees a byte. `heicDecodable` comes from the installed libvips. */
export function checkUpload(bytes: Uint8Array, type: SniffedType | null, maxBytes: number, heicDecodable: boolean): SniffedType {
	if (bytes.length === 0) throw new ImageRejectedError('empty');
	if (bytes.length > maxBytes) throw new ImageRejectedError('too_large');
	if (type === 'heic' && !heicDecodable) throw new ImageRejectedError('heic_unsupported');
	if (type === null || type === 'avif') throw new ImageRejectedError('unsupported_type');
	return type;
}
