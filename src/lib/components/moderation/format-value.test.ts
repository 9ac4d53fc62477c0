import { describe, expect, it } from 'vitest';
import { formatValue, isEmpty } from './format-value';

const lookup = { categories: { 5: 'Medus' }, labels: { 2: 'PVD' }, territories: { 7: 'Jelgavas novads' } };

describe('diff values as readable lines', () => {
	it('shows multilingual text per language, hours grouped by day, and names for ids', () => {
		expect(formatValue('producer', 'description', { lv: 'Medus', en: 'Honey', ru: '' }, lookup, 'lv')).toEqual(['LV: Medus', 'EN: Honey']);
		expect(formatValue('sales_point', 'openingHours', [{ day: 6, opens: '08:00', closes: '13:00' }], lookup, 'lv')).toHaveLength(1);
		expect(formatValue('producer', 'categoryIds', [5, 9], lookup, 'lv')).toEqual(['Medus', '#9']);
		expect(formatValue('producer', 'municipalityId', 7, lookup, 'lv')).toEqual(['Jelgavas novads']);
		expect(formatValue('product', 'priceCents', 850, lookup, 'lv')[0]).toMatch(/8,50/);
	});
	it('treats null, empty text and empty lists as no value', () => {
		expect(isEmpty(null) && isEmpty('') && isEmpty([])).toBe(true);
		expect(formatValue('producer', 'phone', null, lookup, 'lv')).toEqual([]);
	});
});
