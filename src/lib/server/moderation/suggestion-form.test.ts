import { describe, expect, it } from 'vitest';
import { parseSuggestionForm } from './suggestion-form';

const allowed = { kinds: ['farm', 'home_producer'], municipalityIds: new Set([7]), categoryIds: new Set([1, 2]) };
const form = (entries: Record<string, string | string[]>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(entries)) for (const x of [v].flat()) f.append(k, x);
	return f;
};
const valid = { name: ' Ozolu medus ', kind: 'farm', whatTheyMake: 'Medus', municipalityId: '7', phone: '+371 20000000', suggesterEmail: 'a@b.lv', categoryIds: ['1', '9'] };

describe('suggestion form', () => {
	it('accepts a complete suggestion and keeps only known categories', () => {
		const r = parseSuggestionForm(form(valid), allowed);
		expect(r.errors).toEqual({});
		expect(r.fields).toMatchObject({ name: 'Ozolu medus', municipalityId: 7, categoryIds: [1], phone: '+371 2000 0000', website: null });
		expect(r.suggesterEmail).toBe('a@b.lv');
	});
	it('gives field errors and keeps what was typed', () => {
		const r = parseSuggestionForm(form({ ...valid, name: '', municipalityId: '99', phone: '', suggesterEmail: 'nav-epasts', website: 'ne adrese' }), allowed);
		expect(r.fields).toBeUndefined();
		expect(r.errors).toEqual({ name: 'required', municipalityId: 'required', suggesterEmail: 'invalid', website: 'invalid' });
		expect(r.values).toMatchObject({ whatTheyMake: 'Medus', suggesterEmail: 'nav-epasts', categoryIds: '1' });
	});
	it('needs at least one way to contact the producer', () => {
		const r = parseSuggestionForm(form({ ...valid, phone: '' }), allowed);
		expect(r.errors).toEqual({ phone: 'contact_required' });
	});
	it('stores phones as the importer does (+371 / +373) and refuses numbers nobody can dial', () => {
		const phone = (p: string) => parseSuggestionForm(form({ ...valid, phone: p }), allowed);
		expect(phone('29 123 456').fields?.phone).toBe('+371 2912 3456');
		expect(phone('00371-2912-3456').fields?.phone).toBe('+371 2912 3456');
		expect(phone('069 123 456').fields?.phone).toBe('+373 69 123 456');
		expect(phone('12345').errors).toEqual({ phone: 'invalid' });
		expect(phone('(+44) 20 7946 0958').errors).toEqual({ phone: 'invalid' });
	});
});
