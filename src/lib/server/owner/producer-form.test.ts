import { describe, expect, it } from 'vitest';
import { parseProducerForm } from './producer-form';

const allowed = { kinds: ['home_producer', 'farm'], municipalityIds: new Set([7]), categoryIds: new Set([1, 2]), thisYear: 2026 };
const form = (fields: Record<string, string | string[]>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one);
	return f;
};
const good = { name: ' Medus sēta ', kind: 'farm', description: 'Medus no Gaujas krastiem.', municipalityId: '7', locationPrecision: 'locality', phone: '+371 2000 0000', categoryIds: ['2', '1', '99'] };

describe('producer form', () => {
	it('turns a valid form into draft fields, dropping unknown categories', () => {
		const r = parseProducerForm(form({ ...good, website: 'medus.lv', foundedYear: '1999' }), allowed);
		expect(r.errors).toEqual({});
		expect(r.fields).toMatchObject({ name: 'Medus sēta', municipalityId: 7, locationPrecision: 'locality', website: 'https://medus.lv', foundedYear: 1999, categoryIds: [1, 2] });
	});

	it('keeps what was typed and names each bad field', () => {
		const r = parseProducerForm(form({ ...good, name: '', phone: '', kind: 'x', municipalityId: '8', website: 'not a url', foundedYear: '3000' }), allowed);
		expect(r.fields).toBeUndefined();
		expect(r.errors).toEqual({ name: 'required', kind: 'required', municipalityId: 'required', website: 'invalid', foundedYear: 'invalid' });
		expect(r.values.website).toBe('not a url');
		const noContact = parseProducerForm(form({ ...good, phone: '' }), allowed);
		expect(noContact.errors).toEqual({ phone: 'contact_required' });
	});

	it('stores phones as the importer does (+371 / +373) and refuses numbers nobody can dial', () => {
		const phone = (p: string) => parseProducerForm(form({ ...good, phone: p }), allowed);
		expect(phone('2912 3456').fields?.phone).toBe('+371 2912 3456');
		expect(phone('+373 69123456').fields?.phone).toBe('+373 69 123 456');
		expect(phone('1234567').errors).toEqual({ phone: 'invalid' });
	});
});
