import { describe, expect, it } from 'vitest';
import { cooperationProfileSchema } from './cooperation';
import { parseWith } from './parse';

const base = {
	direction: 'offer',
	kind: 'distribution',
	title: { ro: 'Miere din Bălți pentru magazine din Letonia' },
	description: { ro: 'Căutăm distribuitori.' },
	categoryIds: ['3', '7'],
	countries: 'LV',
	regionIds: [],
	languages: ['ro', 'ru'],
	contactName: 'Ion Popescu',
	contactEmail: 'ion@example.md',
	contactPhone: '069 123 456'
};

describe('cooperation profile form', () => {
	it('accepts a Romanian-only profile and cleans the fields', () => {
		const r = parseWith(cooperationProfileSchema, base);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.data.categoryIds).toEqual([3, 7]);
		expect(r.data.countries).toEqual(['LV']);
		expect(r.data.contactPhone).toBe('+373 69 123 456');
		expect(r.data.title.lv).toBeUndefined();
	});

	it('needs a description and a title in at least one language', () => {
		const r = parseWith(cooperationProfileSchema, { ...base, title: { lv: ' ' }, description: {} });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors['title.lv']).toBe('required');
		expect(r.errors['description.lv']).toBe('required');
	});

	it('refuses unknown kinds, countries and languages, and needs one language', () => {
		const r = parseWith(cooperationProfileSchema, { ...base, kind: 'spam', countries: ['XX'], languages: [] });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(Object.keys(r.errors).sort()).toEqual(['countries.0', 'kind', 'languages']);
	});

	it('needs a way to reach the owner: an e-mail or a phone that is one', () => {
		const none = parseWith(cooperationProfileSchema, { ...base, contactEmail: '', contactPhone: '' });
		expect(none.ok ? null : none.errors.contactEmail).toBe('contact_required');
		const bad = parseWith(cooperationProfileSchema, { ...base, contactPhone: '123' });
		expect(bad.ok ? null : bad.errors.contactPhone).toBe('invalid');
		const phoneOnly = parseWith(cooperationProfileSchema, { ...base, contactEmail: '' });
		expect(phoneOnly.ok).toBe(true);
	});
});
