import { describe, expect, it } from 'vitest';
import { commaBelow, foldText } from './fold';

/** Issue 19: Romanian is typed with the cedilla ş ţ as often as with the correct comma-below ș ț. */
describe('commaBelow', () => {
	it('turns the cedilla letters into comma-below ones, in either case', () => {
		expect(commaBelow('Ştefan Vodă, Edineţ')).toBe('Ștefan Vodă, Edineț');
		expect(commaBelow('şţŞŢ')).toBe('șțȘȚ');
	});
	it('leaves everything else, Latvian letters included', () => {
		expect(commaBelow('Šķēde, Bălți')).toBe('Šķēde, Bălți');
	});
	it('both spellings fold alike', () => {
		expect(foldText('Edineţ')).toBe(foldText('Edineț'));
	});
});
