import { describe, expect, it } from 'vitest';
import { normalizeAlertQuery, parseAlertForm } from './alert-form';

const form = (fields: Record<string, string | string[]>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
	return f;
};

describe('the alert form', () => {
	it('takes the saved search of the page, an address, consent and what to hear about', () => {
		const r = parseAlertForm(form({ email: ' Ilze@Example.LV ', consent: 'on', what: ['producers', 'sales_points', 'nonsense'], query: 'category=medus&municipality=siguldas-novads&page=3&sort=name' }));
		expect(r.errors).toEqual({});
		expect(r.fields).toMatchObject({ email: 'ilze@example.lv', query: 'category=medus&municipality=siguldas-novads', what: ['producers', 'sales_points'] });
	});

	it('builds the search from the general page’s choices', () => {
		const r = parseAlertForm(form({ email: 'a@example.lv', consent: 'on', what: 'products', q: 'kazas siers', region: 'vidzeme' }));
		expect(r.fields?.query).toBe('q=kazas+siers&region=vidzeme');
	});

	it('says what is missing and keeps what was typed', () => {
		const r = parseAlertForm(form({ email: 'not-an-address', query: '' }));
		expect(r.errors).toEqual({ email: 'invalid', consent: 'required', what: 'required', query: 'required' });
		expect(r.values.email).toBe('not-an-address');
		expect(r.fields).toBeUndefined();
		expect(parseAlertForm(form({ email: 'a@example.lv', consent: 'on', what: 'producers', query: 'near=999,1' })).errors).toEqual({ query: 'invalid' });
	});

	it('keeps a point only to about a kilometre, and never the page, order or "open now"', () => {
		expect(normalizeAlertQuery('q=medus&near=56.94961,24.10522&radius=10&open=1&type=producer')?.query).toBe('q=medus&near=56.95%2C24.11&radius=10');
		expect(normalizeAlertQuery('sort=name')).toBeNull();
		// a point alone only sorts: an alert reaches 25 km from it unless the search chose a radius
		expect(normalizeAlertQuery('near_place=sigulda')?.query).toBe('near_place=sigulda&radius=25');
	});
});
