import { createHash } from 'node:crypto';
import { sharp as loadSharp } from '../runtime/lazy-modules';
import { checkUpload, ImageRejectedError, MAX_INPUT_PIXELS, widthsFor, type VariantWidth } from './domain';
import { sniffImageType, type SniffedType } from './sniff';

export type ImageVariant = { width: VariantWidth; actualWidth: number; height: number; bytes: Buffer; etag: string };
export type ProcessedImage = { sourceType: SniffedType; width: number; height: number; variants: ImageVariant[] };

/**
 * Whether this machine's libvips can decode HEIC (iPhone photos). sharp's prebuilt binaries ship
 * libheif with the AVIF codec only — HEVC is patent-encumbered — so this is false unless sharp was
 * built against a system libvips with libde265.
 */
export async function heicDecodable(): Promise<boolean> {
	const sharp = await loadSharp();
	return sharp.format.heif?.input.fileSuffix?.includes('.heic') ?? false;
}

/**
 * Upright (EXIF orientation applied), resized WebP variants with **no metadata at all**: sharp writes
 * no EXIF, XMP, IPTC or ICC unless asked to (keepMetadata/withMetadata), which we never do — the
 * GPS position a phone stores in every photo would otherwise reveal a home producer's house.
 */
export async function processImage(bytes: Uint8Array, maxBytes: number): Promise<ProcessedImage> {
	const sourceType = checkUpload(bytes, sniffImageType(bytes), maxBytes, await heicDecodable());
	const sharp = await loadSharp();
	const base = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).autoOrient();
	let width: number;
	try {
		const meta = await base.metadata();
		// metadata() reports the stored size; autoOrient swaps it for a sideways photo
		width = meta.autoOrient?.width ?? meta.width ?? 0;
		if (!width) throw new ImageRejectedError('unreadable');
		if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_INPUT_PIXELS) throw new ImageRejectedError('too_many_pixels');
	} catch (e) {
		if (e instanceof ImageRejectedError) throw e;
		throw new ImageRejectedError('unreadable');
	}
	const variants: ImageVariant[] = [];
	for (const { nominal, actual } of widthsFor(width)) {
		try {
			const { data, info } = await base
				.clone()
				.resize({ width: actual, withoutEnlargement: true })
				.webp({ quality: 80, effort: 4 })
				.toBuffer({ resolveWithObject: true });
			const etag = `"${createHash('sha256').update(data).digest('base64url').slice(0, 22)}"`;
			variants.push({ width: nominal, actualWidth: info.width, height: info.height, bytes: data, etag });
		} catch {
			// a truncated or corrupt file passes the magic-byte check and fails only here
			throw new ImageRejectedError('unreadable');
		}
	}
	const largest = variants[variants.length - 1];
	return { sourceType, width: largest.actualWidth, height: largest.height, variants };
}
