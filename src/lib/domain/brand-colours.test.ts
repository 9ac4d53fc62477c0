import { describe, expect, it } from 'vitest';
import { brandPalette, contrast, DEFAULT_BRAND, hexOf, parseHexColour } from './brand-colours';

const WHITE = [255, 255, 255] as const;

describe('brand colours', () => {
	it('reads a chosen colour with or without the hash and refuses anything else', () => {
		expect(parseHexColour('#C0FFEE')).toEqual([192, 255, 238]);
		expect(parseHexColour('2e6b3e')).toEqual([46, 107, 62]);
		expect(parseHexColour('red')).toBeNull();
		expect(parseHexColour('#abc')).toBeNull();
		expect(parseHexColour(undefined)).toBeNull();
	});
	it('keeps a dark colour as it is', () => {
		expect(brandPalette(DEFAULT_BRAND).accent).toBe(hexOf(DEFAULT_BRAND));
	});
	it('darkens a light colour (honey yellow) until white text on it is readable', () => {
		const honey = parseHexColour('#f4c430')!;
		expect(contrast(honey, WHITE)).toBeLessThan(4.5);
		const { accent } = brandPalette(honey);
		expect(contrast(parseHexColour(accent)!, WHITE)).toBeGreaterThanOrEqual(4.5);
		// still the same hue family: red stays the largest channel, blue the smallest
		const [r, g, b] = parseHexColour(accent)!;
		expect(r).toBeGreaterThan(g);
		expect(g).toBeGreaterThan(b);
	});
	it('gives a pale tint that dark text reads on', () => {
		const { tint } = brandPalette(parseHexColour('#7a1f5c')!);
		expect(contrast(parseHexColour(tint)!, [0, 0, 0])).toBeGreaterThan(15);
	});
});
