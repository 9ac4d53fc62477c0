import { describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { formatValue, isEmpty } from './format-value';

const lookup = { categories: { 5: 'Medus' }, labels: { 2: 'PVD' }, territories: { 7: 'Jelgavas novads' } };

describe('diff values as readable lines', () => {
	overwriteGetLocale(() => 'lv');
	it('shows multilingual text per language, hours grouped by day, and names for ids', () => {
		expect(formatValue('producer', 'description', { lv: 'Medus', en: 'Honey', ru: '' }, lookup, 'lv')).toEqual(['LV: Medus', 'EN: Honey']);
		expect(formatValue('sales_point', 'openingHours', 'Mo-Fr 09:00-17:00; Sa 08:00-13:00', lookup, 'lv')).toEqual(['P.–Pk.: 9:00–17:00', 'S.: 8:00–13:00']);
		// (Intl puts thin spaces around the dash of a date range)
		expect(formatValue('sales_point', 'openingHours', 'May 01-Sep 30 Sa 09:00-14:00; PH off', lookup, 'lv').map((l) => l.replace(/\s/g, ' '))).toEqual(['1. maijs – 30. septembris, S.: 9:00–14:00', 'Valsts svētku dienās: slēgts']);
		// what the editor cannot describe stays as the opening_hours text
		expect(formatValue('sales_point', 'openingHours', 'Mo-Fr sunrise-sunset', lookup, 'lv')).toEqual(['Mo-Fr sunrise-sunset']);
		expect(formatValue('producer', 'categoryIds', [5, 9], lookup, 'lv')).toEqual(['Medus', '#9']);
		expect(formatValue('producer', 'municipalityId', 7, lookup, 'lv')).toEqual(['Jelgavas novads']);
		expect(formatValue('product', 'priceCents', 850, lookup, 'lv')[0]).toMatch(/8,50/);
	});
	it('treats null, empty text and empty lists as no value', () => {
		expect(isEmpty(null) && isEmpty('') && isEmpty([])).toBe(true);
		expect(formatValue('producer', 'phone', null, lookup, 'lv')).toEqual([]);
	});
});
