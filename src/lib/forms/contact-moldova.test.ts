import { describe, expect, it } from 'vitest';
import { cleanPhone } from './contact';
import { dedupePhone } from '$lib/server/duplicates/normalize';

/** Moldovan numbers as the Northern region's LAGs, producers and primării write them (issue 19). */
describe('Moldovan phone numbers (+373, 8 national digits)', () => {
	it.each([
		// Bălți landline: raion code 231, 5-digit local number
		['+373 231 2 34 56', '+373 231 2 34 56'],
		['0231 23456', '+373 231 2 34 56'],
		['(0231) 2-34-56', '+373 231 2 34 56'],
		['00373 231 23456', '+373 231 2 34 56'],
		// Soroca 230, Edineț 246, Drochia 252
		['0230 2 12 34', '+373 230 2 12 34'],
		['+37324622334', '+373 246 2 23 34'],
		['0252 2-11-22', '+373 252 2 11 22'],
		// Chișinău keeps the 2-digit code
		['022 123 456', '+373 22 123 456'],
		// mobiles 06x and 07x
		['069 123 456', '+373 69 123 456'],
		['079123456', '+373 79 123 456'],
		['+373 (78) 12-34-56', '+373 78 123 456'],
		['060 11 22 33', '+373 60 112 233']
	])('%s → %s', (input, expected) => expect(cleanPhone(input)).toBe(expected));

	it.each(['0231 2345', '+373 231 234 567', '+373 0231 23456', '012 345 678', '+373 123 45 678'])('refuses %s', (input) =>
		expect(cleanPhone(input)).toBeNull()
	);

	it('gives the same answer for a number already stored, and Latvian numbers are unchanged', () => {
		for (const stored of ['+373 231 2 34 56', '+373 22 123 456', '+373 69 123 456', '+371 2912 3456', '+371 6712 3456']) expect(cleanPhone(stored)).toBe(stored);
		expect(cleanPhone('29123456')).toBe('+371 2912 3456');
	});

	it('finds the same number written two ways as a duplicate', () => {
		expect(dedupePhone('+373 231 2 34 56')).toBe(dedupePhone('0231 23456'));
		expect(dedupePhone('+373 231 2 34 56')).toBe('+37323123456');
	});
});
