/**
 * A producer's brand book (an A4 sheet) and market-stall sign (A5): what they already keep on
 * Tuvumā — name, story, products, photos, contacts — with a QR code to their public page and
 * one colour taken from their first photo, or chosen. Only a published listing has one: the QR
 * code must lead somewhere.
 */
import { brandPalette, DEFAULT_BRAND, hexOf, parseHexColour, type BrandPalette, type Rgb } from '$lib/domain/brand-colours';
import type { Db } from '../db/types';
import { imageStorage } from '../images/storage';
import { producerPage, type ProducerPage } from '../producers/producer-page';
import { qrcode, sharp } from '../runtime/lazy-modules';

export type BrandBook = {
	page: ProducerPage;
	/** The public page the QR code leads to. */
	url: string;
	/** The colour in use (`#rrggbb`), its print palette, and where it came from. */
	colour: string;
	palette: BrandPalette;
	source: 'chosen' | 'photo' | 'default';
};

/** The photo's dominant colour, from a small variant (a few kB to decode); null when it cannot be read. */
async function photoColour(db: Db, imageId: string): Promise<Rgb | null> {
	const variant = await imageStorage().get(db, imageId, 160);
	if (!variant) return null;
	try {
		const { dominant } = await (await sharp())(variant.bytes).stats();
		return [dominant.r, dominant.g, dominant.b];
	} catch {
		return null; // a damaged variant: the default colour is a fine brand book still
	}
}

export async function brandBookOf(db: Db, slug: string, locale: string, origin: string, chosenColour: string | null): Promise<BrandBook | null> {
	const url = `${origin}/${locale}/razotaji/${slug}`;
	const page = await producerPage(db, slug, locale, new Date(), url);
	if (!page) return null;
	const chosen = parseHexColour(chosenColour);
	const photo = page.producer.photos?.[0];
	const fromPhoto = !chosen && photo ? await photoColour(db, photo.id) : null;
	const base = chosen ?? fromPhoto ?? DEFAULT_BRAND;
	return { page, url, colour: hexOf(base), palette: brandPalette(base), source: chosen ? 'chosen' : fromPhoto ? 'photo' : 'default' };
}

/** The QR code as SVG (crisp at any print size); M correction survives a crease or a smudge. */
export async function qrSvg(url: string): Promise<string> {
	return (await qrcode()).toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

/** The sheet's colours as a stylesheet (pages may not carry inline styles: CSP). */
export function paletteCss(colour: string | null): string {
	const { accent, tint } = brandPalette(parseHexColour(colour) ?? DEFAULT_BRAND);
	return `:root{--brand:${accent};--brand-tint:${tint}}\n`;
}
