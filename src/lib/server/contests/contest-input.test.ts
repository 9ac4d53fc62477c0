import { describe, expect, it } from 'vitest';
import { contestFormValues, parseContestForm } from './contest-input';
import { plainPng } from '../images/test-images';
import { entryPhoto, parseEntryForm } from './public-input';
import { errorText } from '$lib/forms/messages';
import { contestSchema } from '$lib/forms/contest';
import { formValues, parseWith } from '$lib/forms/parse';
import { m } from '$lib/paraglide/messages';

const fd = (fields: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.append(k, v);
	return f;
};
const BASE = { 'title.lv': 'Groza konkurss', 'rules.lv': 'Noteikumi', opensDate: '2026-12-01', opensTime: '09:00', closesDate: '2026-12-20', closesTime: '18:00', winners: '2', eligibility: 'email', sourceKind: 'drand', 'prizes.0.lv': 'Medus', 'prizes.0.producer': '/lv/razotaji/medus-maja' };

describe('the staff contest form', () => {
	it('reads the window in Riga time, the prizes with their producer, and round-trips to the form values', () => {
		const parsed = parseContestForm(fd(BASE), { projectIds: new Set() });
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.data.opensAt.toISOString()).toBe('2026-12-01T07:00:00.000Z');
		expect(parsed.data.closesAt.toISOString()).toBe('2026-12-20T16:00:00.000Z');
		expect(parsed.data.prizes).toEqual([{ title: { lv: 'Medus' }, producerSlug: 'medus-maja' }]);
		const values = contestFormValues(parsed.data);
		expect(values).toMatchObject({ opensDate: '2026-12-01', opensTime: '09:00', closesTime: '18:00', 'prizes.0.producer': 'medus-maja' });
	});
	it('refuses a window that ends before it starts, a missing prize, an attendance rule without a project, a question without text', () => {
		const bad = parseContestForm(fd({ ...BASE, closesDate: '2026-11-30', 'prizes.0.lv': '', eligibility: 'attendance' }), { projectIds: new Set() });
		expect(bad).toMatchObject({ ok: false, errors: { closesDate: 'date_order', 'prizes.0.lv': 'required', eligibilityProjectId: 'required' } });
		expect(parseContestForm(fd({ ...BASE, eligibility: 'question' }), { projectIds: new Set() })).toMatchObject({ ok: false, errors: { 'question.lv': 'required' } });
	});
	it('says an empty date or winner count is missing, and a date that does not exist is not a date', () => {
		expect(parseContestForm(fd({ ...BASE, opensDate: '', closesDate: ' ', winners: '' }), { projectIds: new Set() })).toMatchObject({
			ok: false,
			errors: { opensDate: 'required', closesDate: 'required', winners: 'required' },
			values: { 'title.lv': 'Groza konkurss', 'rules.lv': 'Noteikumi' }
		});
		expect(parseContestForm(fd({ ...BASE, closesDate: '2026-02-30' }), { projectIds: new Set() })).toMatchObject({ ok: false, errors: { closesDate: 'invalid_date' } });
		expect(errorText('required')).toBe(m.form_error_required());
	});
	it('the browser’s check (the same schema, before any request) says what the server says about the window and the prizes', () => {
		const client = parseWith(contestSchema, formValues(fd({ ...BASE, closesDate: '2026-11-30', 'prizes.0.lv': '' })));
		expect(client).toMatchObject({ ok: false, errors: { closesDate: 'date_order', 'prizes.0.lv': 'required' } });
		expect(parseWith(contestSchema, formValues(fd(BASE))).ok).toBe(true);
	});
	it('reads a photo contest with what to photograph, requires the prompt, and round-trips it to its own fields', () => {
		expect(parseContestForm(fd({ ...BASE, eligibility: 'photo', 'question.lv': 'Ignored' }), { projectIds: new Set() })).toMatchObject({ ok: false, errors: { 'photoPrompt.lv': 'required' } });
		const parsed = parseContestForm(fd({ ...BASE, eligibility: 'photo', 'photoPrompt.lv': 'Rudens lapas', 'photoPrompt.en': 'Autumn leaves', 'photoPrompt.ru': 'Осенние листья' }), { projectIds: new Set() });
		expect(parsed).toMatchObject({ ok: true, data: { eligibility: 'photo', question: { lv: 'Rudens lapas', en: 'Autumn leaves', ru: 'Осенние листья' } } });
		if (!parsed.ok) return;
		expect(contestFormValues(parsed.data)).toMatchObject({ eligibility: 'photo', 'photoPrompt.lv': 'Rudens lapas', 'photoPrompt.en': 'Autumn leaves', 'photoPrompt.ro': '', 'photoPrompt.ru': 'Осенние листья', 'question.lv': '' });
	});
});

describe('the public entry form', () => {
	it('needs a name, an address, the consent, and the answer when the contest asks a question', () => {
		expect(parseEntryForm(fd({ name: 'Anna', email: 'anna@example.lv', consent: 'on' }), { municipalityIds: new Set([1]), needsAnswer: false })).toEqual({ ok: true, data: { name: 'Anna', email: 'anna@example.lv', municipalityId: null, answer: null } });
		expect(parseEntryForm(fd({ name: '', email: 'x', municipalityId: '7' }), { municipalityIds: new Set([1]), needsAnswer: true })).toMatchObject({ ok: false, errors: { name: 'required', email: 'invalid_email', municipalityId: 'invalid', answer: 'required', consent: 'required' } });
	});
	it('refuses the addresses the people key refuses with the localized field error, and keeps an address in its normalised form', () => {
		const opts = { municipalityIds: new Set<number>(), needsAnswer: false };
		for (const email of ['a..b@example.lv', 'x@y.z', `${'a'.repeat(250)}@example.lv`]) {
			const parsed = parseEntryForm(fd({ name: 'Anna', email, consent: 'on' }), opts);
			expect(parsed, email).toMatchObject({ ok: false, errors: { email: expect.stringMatching(/^(invalid_email|too_long)$/) }, values: { email } });
			if (!parsed.ok) expect(errorText(parsed.errors.email)).toBe(parsed.errors.email === 'too_long' ? m.form_error_too_long() : m.form_error_invalid_email());
		}
		expect(parseEntryForm(fd({ name: 'Anna', email: ' Anna.Berzina@Example.LV ', consent: 'on' }), opts)).toMatchObject({ ok: true, data: { email: 'anna.berzina@example.lv' } });
	});
});

describe('a photo contest entry photo', () => {
	it('is required, refused when it is not a picture, and resized when it is', async () => {
		expect(await entryPhoto(null)).toMatchObject({ error: expect.any(String), field: 'file' });
		expect(await entryPhoto(new File([], 'empty.jpg'))).toMatchObject({ field: 'file' });
		const refused = await entryPhoto(new File([new TextEncoder().encode('not a picture at all')], 'leaves.jpg', { type: 'image/jpeg' }));
		expect(refused).toMatchObject({ field: 'file' });
		const ok = await entryPhoto(new File([new Uint8Array(await plainPng(400, 300))], 'leaves.png', { type: 'image/png' }));
		expect(ok).toMatchObject({ image: { processed: { width: 400, height: 300, sourceType: 'png' } } });
	});
});
