/**
 * A producer's colours for the printed brand book and the market-stall sign: one colour taken from
 * their photo (or chosen), made dark enough that white text on it and it on white paper stay
 * readable (WCAG contrast 4.5:1), plus a pale tint of it for backgrounds. No I/O.
 */
export type Rgb = readonly [number, number, number];

/** Tuvumā's own green, for a producer without a photo or with a colour that cannot be read. */
export const DEFAULT_BRAND: Rgb = [46, 107, 62];
const MIN_CONTRAST = 4.5;

export function parseHexColour(input: string | null | undefined): Rgb | null {
	const m = /^#?([0-9a-f]{6})$/i.exec((input ?? '').trim());
	if (!m) return null;
	const n = parseInt(m[1], 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function hexOf([r, g, b]: Rgb): string {
	return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function channel(c: number): number {
	const s = c / 255;
	return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

export type BrandPalette = { accent: string; tint: string };

/** The colour itself when it is dark enough, else the nearest darker shade that is; a tint at 90 % white. */
export function brandPalette(base: Rgb): BrandPalette {
	let accent = base;
	for (let t = 0.05; contrast(accent, WHITE) < MIN_CONTRAST && t <= 1; t += 0.05) accent = mix(base, BLACK, t);
	return { accent: hexOf(accent), tint: hexOf(mix(accent, WHITE, 0.9)) };
}
