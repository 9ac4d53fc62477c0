import { describe, expect, it } from 'vitest';
import { searchQueryString } from '$lib/contracts/search/url';
import { defaultParams, normalizeQueryText, parseSearchParams } from './params';

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs));

describe('parseSearchParams', () => {
	it('reads a plain query with defaults', () => {
		expect(parse('q=medus')).toEqual({ ok: true, params: { ...defaultParams(), q: 'medus' } });
	});

	it('keeps the query as typed but tidy: NFC, control characters and extra spaces out, 100 characters', () => {
		expect(parse('q=%20%20Kūpināts%0A%0Asiers%09').ok).toBe(true);
		expect(parse('q=%20%20Kūpināts%0A%0Asiers%09').params.q).toBe('Kūpināts siers');
		expect(normalizeQueryText('ku\u0304pina\u0304ts')).toBe('kūpināts');
		expect([...normalizeQueryText('ā'.repeat(300))]).toHaveLength(100);
	});

	it('reads repeated and comma-separated filter values, without duplicates', () => {
		const r = parse('category=medus&category=sveces,medus&kind=farm,market&type=producer&open=1&noplace=1');
		expect(r.ok).toBe(true);
		expect(r.params).toMatchObject({ categories: ['medus', 'sveces'], kinds: ['farm', 'market'], types: ['producer'], openNow: true, placeWords: false });
	});

	it('reads a point, a radius and distance sort', () => {
		const r = parse('near=56.95,24.1&radius=25&sort=distance');
		expect(r).toEqual({ ok: true, params: { ...defaultParams(), near: { lat: 56.95, lng: 24.1 }, radiusKm: 25, sort: 'distance' } });
		expect(parse('near_place=siguldas-novads&sort=distance').params).toMatchObject({ nearPlace: 'siguldas-novads', sort: 'distance' });
	});

	it('reports every bad value and goes on without it', () => {
		const r = parse('q=medus&near=abc&radius=-5&sort=best&page=0&type=shop&kind=dragon&category=Medus!&open=maybe');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.map((e) => e.param).sort()).toEqual(['category', 'kind', 'near', 'open', 'page', 'radius', 'sort', 'type']);
		expect(r.params).toEqual({ ...defaultParams(), q: 'medus' });
	});

	it('refuses out-of-range coordinates and distance sort without a point', () => {
		expect(parse('near=91,24').ok).toBe(false);
		expect(parse('near=56,181').ok).toBe(false);
		const r = parse('sort=distance');
		expect(r.ok).toBe(false);
		expect(r.params.sort).toBe('relevance');
		expect(parse('radius=10').params.radiusKm).toBeNull();
	});

	it('never throws on hostile input', () => {
		for (const qs of ['q=%00', 'page=99999999999', 'near=1e400,1', 'category=' + 'a'.repeat(500), 'type=__proto__', 'q=' + '%F0%9F%8D%AF'.repeat(80)]) {
			expect(() => parse(qs), qs).not.toThrow();
		}
	});
});

describe('searchQueryString', () => {
	it('round-trips and leaves defaults out', () => {
		const p = parse('q=medus Sigulda&category=medus&open=1&near=56.951234,24.1&sort=distance&page=2').params;
		const qs = searchQueryString(p);
		expect(qs).toBe('?q=medus+Sigulda&category=medus&open=1&near=56.9512%2C24.1&sort=distance&page=2');
		expect(parse(qs.slice(1)).params).toEqual({ ...p, near: { lat: 56.9512, lng: 24.1 } });
		expect(searchQueryString(defaultParams())).toBe('');
	});
});
