import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';

describe('Latvian plural forms from the catalogue', () => {
	it.each([
		[0, '0 ražotāju'],
		[1, '1 ražotājs'],
		[2, '2 ražotāji'],
		[10, '10 ražotāju'],
		[11, '11 ražotāju'],
		[21, '21 ražotājs'],
		[101, '101 ražotājs'],
		[111, '111 ražotāju'],
		[152, '152 ražotāji']
	])('%i → %s', (count, text) => {
		expect(m.producers_count({ count }, { locale: 'lv' })).toBe(text);
	});
	it('Russian uses one/few/many', () => {
		expect(m.producers_count({ count: 1 }, { locale: 'ru' })).toBe('1 производитель');
		expect(m.producers_count({ count: 3 }, { locale: 'ru' })).toBe('3 производителя');
		expect(m.producers_count({ count: 5 }, { locale: 'ru' })).toBe('5 производителей');
	});
});
