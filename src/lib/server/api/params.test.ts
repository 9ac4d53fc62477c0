import { describe, expect, it } from 'vitest';
import { municipalityListParams, parseQuery, producerListParams } from './params';

const parse = (qs: string) => parseQuery(producerListParams, new URLSearchParams(qs));

describe('API query parameters', () => {
	it('fills in the defaults', () => {
		expect(parse('')).toEqual({ ok: true, params: { lang: 'lv', page: 1, per_page: 24, sort: 'name' } });
	});

	it('reads valid values and ignores unknown parameters and empty values', () => {
		expect(parse('lang=ru&page=3&per_page=100&kind=farm&category=medus&_=1&region=')).toEqual({
			ok: true,
			params: { lang: 'ru', page: 3, per_page: 100, sort: 'name', kind: 'farm', category: 'medus' }
		});
	});

	it.each([
		['page=0', 'page', 'must be at least 1'],
		['page=abc', 'page', 'must be a whole number'],
		['page=1.5', 'page', 'must be a whole number'],
		['page=-2', 'page', 'must be a whole number'],
		['page=99999999999999999999', 'page', 'must be at most 100000'],
		['per_page=1000', 'per_page', 'must be at most 100'],
		['lang=de', 'lang', 'must be one of: lv, en, ro, ru'],
		['kind=alien', 'kind', expect.stringContaining('must be one of')],
		['sort=price', 'sort', 'must be one of: name, newest'],
		['category=%00', 'category', 'must not contain control characters'],
		['page=1&page=2', 'page', 'must be given at most once']
	])('rejects %s', (qs, param, message) => {
		expect(parse(qs)).toEqual({ ok: false, errors: [{ param, message }] });
	});

	it('reports every bad parameter at once', () => {
		const result = parse('page=abc&per_page=1000&lang=de');
		expect(result.ok ? [] : result.errors.map((e) => e.param).sort()).toEqual(['lang', 'page', 'per_page']);
	});

	it('reads true/false flags strictly', () => {
		const flag = (v: string) => parseQuery(municipalityListParams, new URLSearchParams(`include_historical=${v}`));
		expect(flag('true')).toMatchObject({ ok: true, params: { include_historical: true } });
		expect(flag('false')).toMatchObject({ ok: true, params: { include_historical: false } });
		expect(flag('yes')).toEqual({ ok: false, errors: [{ param: 'include_historical', message: 'must be true or false' }] });
	});
});
