import { describe, expect, it } from 'vitest';
import { filterQuery, parseFilters } from './filters';

describe('cooperation list filters', () => {
	it('reads known values and ignores the rest', () => {
		const f = parseFilters(new URLSearchParams('virziens=request&veids=know_how&nozare=12&valsts=md&regions=512&valoda=ro&q=%20Bălți%20&lapa=2'));
		expect(f).toEqual({ direction: 'request', kind: 'know_how', sector: 12, country: 'MD', region: 512, language: 'ro', q: 'Bălți', page: 2 });
		expect(parseFilters(new URLSearchParams('virziens=x&veids=spam&nozare=1e3&valsts=ZZ&lapa=-4'))).toEqual({ page: 1 });
	});

	it('writes the same names back for the pager, without empty ones', () => {
		expect(filterQuery({ direction: 'offer', q: 'medus' }, 3)).toBe('?virziens=offer&q=medus&lapa=3');
		expect(filterQuery({}, 1)).toBe('');
	});
});
