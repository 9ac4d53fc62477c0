import { describe, expect, it } from 'vitest';
import { parseWith } from './parse';
import { producerFormSchema, suggestionFormSchema } from './producer';

const choices = { kinds: ['farm'], municipalityIds: new Set([7]), categoryIds: new Set([1, 2]) };
const owner = producerFormSchema({ ...choices, thisYear: 2026 });
const suggestion = suggestionFormSchema(choices);

describe('one producer schema for the owner form and the suggestion form', () => {
	it('reports a missing contact together with the other problems, on both forms', () => {
		expect(parseWith(owner, { name: '', kind: 'farm', description: 'x', municipalityId: '7', locationPrecision: 'exact' })).toEqual({
			ok: false,
			errors: { name: 'required', phone: 'contact_required' }
		});
		expect(parseWith(suggestion, { name: 'Medus', kind: 'x', whatTheyMake: 'Medus', municipalityId: '7', suggesterEmail: 'a@b.lv' })).toEqual({
			ok: false,
			errors: { kind: 'required', phone: 'contact_required' }
		});
	});
	it('cleans contacts the same way in both (the importer and the drafts use the same rules)', () => {
		const fromOwner = parseWith(owner, { name: 'Medus', kind: 'farm', description: 'x', municipalityId: '7', locationPrecision: 'exact', phone: '29 123 456', facebook: '@medus' });
		const fromSuggestion = parseWith(suggestion, { name: 'Medus', kind: 'farm', whatTheyMake: 'x', municipalityId: '7', phone: '29 123 456', facebook: '@medus', suggesterEmail: 'Ieteicejs@Example.lv' });
		expect(fromOwner).toMatchObject({ ok: true, data: { phone: '+371 2912 3456', facebook: 'https://facebook.com/medus', instagram: null, foundedYear: null } });
		expect(fromSuggestion).toMatchObject({ ok: true, data: { phone: '+371 2912 3456', facebook: 'https://facebook.com/medus', suggesterEmail: 'ieteicejs@example.lv' } });
		// the suggestion form has no fields a stranger cannot know
		expect(fromSuggestion.ok && Object.keys(fromSuggestion.data).sort()).toEqual(
			['address', 'categoryIds', 'email', 'facebook', 'kind', 'municipalityId', 'name', 'phone', 'suggesterEmail', 'website', 'whatTheyMake'].sort()
		);
	});
});
