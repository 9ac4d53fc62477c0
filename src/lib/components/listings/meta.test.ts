import { describe, expect, it } from 'vitest';
import { listQuery, metaDescription } from './meta';
import { locationLine, mentions } from './location';

describe('metaDescription', () => {
	it('uses the text when there is one and the fallback otherwise', () => {
		expect(metaDescription('Svaigs medus  no\nSiguldas', 'x')).toBe('Svaigs medus no Siguldas');
		expect(metaDescription('', 'Tirgus, Sigulda')).toBe('Tirgus, Sigulda');
	});
	it('cuts long text at a word', () => {
		const text = 'vārds '.repeat(60);
		const meta = metaDescription(text, '');
		expect(meta.length).toBeLessThanOrEqual(160);
		expect(meta.endsWith('vārds…')).toBe(true);
	});
});

describe('listQuery', () => {
	it('leaves out empty filters and page 1', () => {
		expect(listQuery({ veids: '', novads: 'siguldas-novads', page: 1 })).toBe('?novads=siguldas-novads');
		expect(listQuery({ veids: 'market', page: 3 })).toBe('?veids=market&page=3');
		expect(listQuery({ veids: '', page: 1 })).toBe('');
	});
});

describe('locationLine', () => {
	it('joins what is public without repeating a city that is its own municipality', () => {
		const base = { precision: 'exact' as const, municipalitySlug: 'riga', point: null };
		expect(locationLine({ ...base, address: 'Brīvības iela 1', locality: 'Rīga', municipality: 'Rīga' })).toBe('Brīvības iela 1, Rīga');
		expect(locationLine({ ...base, precision: 'municipality', address: null, locality: null, municipality: 'Siguldas novads' })).toBe('Siguldas novads');
		expect(
			locationLine({ ...base, address: '“Ozolkalns”, Ozolnieku pagasts, Jelgavas novads', locality: 'Ozolnieku pagasts', municipality: 'Jelgavas novads' })
		).toBe('“Ozolkalns”, Ozolnieku pagasts, Jelgavas novads');
		expect(locationLine({ ...base, address: 'Pils iela 4, Sigulda', locality: 'Sigulda', municipality: 'Siguldas novads' })).toBe(
			'Pils iela 4, Sigulda, Siguldas novads'
		);
	});
});

describe('mentions', () => {
	it('matches whole words only', () => {
		expect(mentions('Rīgas iela 12, Cēsis', 'Rīga')).toBe(false);
		expect(mentions('Rīgas iela 12, Cēsis', 'Cēsis')).toBe(true);
		expect(mentions('“Ošenieki”, Laucienes pagasts, Talsu novads', 'laucienes pagasts')).toBe(true);
	});
});
