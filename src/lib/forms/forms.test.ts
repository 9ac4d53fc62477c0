import { describe, expect, it } from 'vitest';
import { formValues, parseWith, typedValues } from './parse';
import { projectSchema } from './project';
import { newsSchema } from './news';
import { inviteSchema, mergeSchema } from './workspace';

const form = (entries: [string, string][]) => {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
};

const minimal: [string, string][] = [
	['title.lv', 'Veiksmīgs sociālais uzņēmējs lauku teritorijā'],
	['summary.lv', 'Sociālās uzņēmējdarbības popularizēšana laukos.'],
	['startsOn', '2020-06-01'],
	['status', 'published']
];

describe('form values', () => {
	it('nests dotted names, collects repeated names and skips buttons', () => {
		const v = formValues(form([['title.lv', 'A'], ['partners.1.name', 'B'], ['territories', '3'], ['territories', '5'], ['_add', 'partners']]));
		expect(v).toEqual({ title: { lv: 'A' }, partners: [undefined, { name: 'B' }], territories: ['3', '5'] });
	});

	it('gives back what was typed (to show again after a refusal)', () => {
		expect(typedValues(form([['email', 'x'], ['territories', '1'], ['territories', '2']]))).toEqual({ email: 'x', territories: ['1', '2'] });
	});
});

describe('project form', () => {
	it('accepts a project with partners, territories and results, dropping the rows left empty', () => {
		const r = parseWith(
			projectSchema,
			formValues(
				form([
					...minimal,
					['title.en', 'A successful social entrepreneur in the countryside'],
					['number', ' 19-00-A019.332-000009 '],
					['endsOn', '2022-05-31'],
					['territories', '12'],
					['partners.0.role', 'lead'],
					['partners.0.name', 'Partnerība Daugavkrasts'],
					['partners.0.country', 'LV'],
					['partners.0.website', 'daugavkrasts.lv'],
					['partners.1.role', 'partner'],
					['partners.1.organisation', '6f1c2d4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f'],
					['partners.1.country', 'LV'],
					['partners.2.role', 'partner'],
					['partners.2.country', 'LV'],
					['results.0.value', '1 234,5'],
					['results.0.label.lv', 'dalībnieki'],
					['results.1.value', ''],
					['results.1.label.lv', '']
				])
			)
		);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.data.number).toBe('19-00-A019.332-000009');
		expect(r.data.title).toEqual({ lv: 'Veiksmīgs sociālais uzņēmējs lauku teritorijā', en: 'A successful social entrepreneur in the countryside' });
		expect(r.data.territories).toEqual([12]);
		expect(r.data.partners).toHaveLength(2);
		expect(r.data.partners[0].website).toBe('https://daugavkrasts.lv');
		expect(r.data.results).toEqual([{ value: 1234.5, label: { lv: 'dalībnieki' } }]);
	});

	it('names each problem by field, in codes the page localizes', () => {
		const r = parseWith(
			projectSchema,
			formValues(
				form([
					['title.lv', ''],
					['summary.lv', 'x'],
					['startsOn', '2022-02-30'],
					['endsOn', '2020-01-01'],
					['website', 'ftp://x'],
					['status', 'published'],
					['programme.en', 'Only English'],
					['partners.0.role', 'partner'],
					['partners.0.country', 'LV'],
					['partners.0.website', 'https://example.lv'],
					['results.0.value', 'daudz'],
					['results.0.label.lv', 'vebināri']
				])
			)
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toMatchObject({
			'title.lv': 'required',
			startsOn: 'invalid_date',
			website: 'invalid_url',
			'programme.lv': 'required',
			'partners.0.name': 'partner_name',
			'results.0.value': 'invalid_number'
		});
	});

	it('refuses an end before the start and two lead partners', () => {
		const r = parseWith(
			projectSchema,
			formValues(
				form([
					...minimal,
					['endsOn', '2019-12-31'],
					['partners.0.role', 'lead'],
					['partners.0.name', 'A'],
					['partners.0.country', 'LV'],
					['partners.1.role', 'lead'],
					['partners.1.name', 'B'],
					['partners.1.country', 'MD']
				])
			)
		);
		expect(r.ok ? {} : r.errors).toEqual({ endsOn: 'date_order', 'partners.1.role': 'one_lead' });
	});

	it('reads the logos ticked for removal, ignoring anything that is not an id', () => {
		const logo = '0b8f3c52-4a1e-4c8e-9d55-2f1f6a7b9c10';
		const r = parseWith(projectSchema, formValues(form([...minimal, ['removeLogo', logo], ['removeLogo', "1' OR 1=1"]])));
		expect(r.ok && r.data.removeLogo).toEqual([logo]);
		const none = parseWith(projectSchema, formValues(form(minimal)));
		expect(none.ok && none.data.removeLogo).toEqual([]);
	});
});

describe('other forms', () => {
	it('news: title, language and body are required; the project is optional', () => {
		expect(parseWith(newsSchema, formValues(form([['title', 'Ziņa'], ['lang', 'lv'], ['body', 'Teksts'], ['status', 'draft'], ['project', '']]))).ok).toBe(true);
		const bad = parseWith(newsSchema, formValues(form([['title', ' '], ['lang', 'de'], ['body', ''], ['status', 'draft']])));
		expect(bad.ok ? {} : bad.errors).toEqual({ title: 'required', lang: 'required', body: 'required' });
	});

	it('invitation and merge forms', () => {
		expect(parseWith(inviteSchema, { email: 'nav-adrese', role: 'editor' })).toEqual({ ok: false, errors: { email: 'invalid_email' } });
		expect(parseWith(inviteSchema, { email: ' Anna@Example.lv ', role: 'coordinator' })).toEqual({ ok: true, data: { email: 'Anna@Example.lv', role: 'coordinator' } });
		const id = '6f1c2d4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f';
		expect(parseWith(mergeSchema, { survivor: id, merged: id })).toEqual({ ok: false, errors: { merged: 'same_person' } });
	});
});
