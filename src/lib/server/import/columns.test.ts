import { describe, expect, it } from 'vitest';
import { DESCRIPTION_COLUMNS, descriptionLang, mapHeaders, recordOf } from './columns';
import { columnName } from './column-names';

describe('mapHeaders', () => {
	it('accepts English and Latvian names in any order, case and diacritics', () => {
		const m = mapHeaders(['NOSAUKUMS', 'novads', 'Pagasts/Pilsēta/Ciems', 'Talrunis', 'E-pasts', 'Mājas lapa', 'Produkti', 'external_id', 'Description EN', 'PVD nr.']);
		expect(m.columns).toEqual(['name', 'municipality', 'locality', 'phone', 'email', 'website', 'products', 'external_id', 'description_en', 'pvd_number']);
		expect(m.unknown).toEqual([]);
	});
	it('reports unknown columns, the export-only ones and repeated ones', () => {
		const m = mapHeaders(['Name', 'Piezīmes', 'slug', 'url', 'Nosaukums', '']);
		expect(m.unknown).toEqual(['Piezīmes']);
		expect(m.ignored).toEqual(['slug', 'url']);
		expect(m.repeated).toEqual(['Nosaukums']);
		expect(m.columns).toEqual(['name', null, null, null, null, null]);
	});
	it('builds a record of the non-empty cells', () => {
		const m = mapHeaders(['name', 'phone', 'email']);
		expect(recordOf([' Drava ', '', 'a@b.lv'], m)).toEqual({ name: 'Drava', email: 'a@b.lv' });
	});
});

describe('description columns', () => {
	it('are read off the canonical list, one per language, each named in the reader\'s language', () => {
		expect(DESCRIPTION_COLUMNS).toEqual(['description_lv', 'description_en', 'description_ro', 'description_ru']);
		expect(DESCRIPTION_COLUMNS.map(descriptionLang)).toEqual(['lv', 'en', 'ro', 'ru']);
		expect(columnName('description_ro', 'en')).toBe('Description in Romanian');
	});
});
