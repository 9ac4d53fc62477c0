import { describe, expect, it } from 'vitest';
import { applicationSchema, cohortSchema, programmeSchema } from './programmes';
import { parseWith } from './parse';

describe('programme forms', () => {
	it('a programme needs its kind and Latvian title; a translation without Latvian is refused', () => {
		expect(parseWith(programmeSchema, { kind: 'mentoring', title: { lv: 'Mentorings' }, status: 'draft' }).ok).toBe(true);
		const bad = parseWith(programmeSchema, { kind: 'school', title: { lv: '' }, summary: { en: 'Only English' }, status: 'draft' });
		expect(bad.ok ? {} : bad.errors).toMatchObject({ kind: 'required', 'title.lv': 'required', 'summary.lv': 'required' });
	});

	it('a cohort ends after it starts, closes after it opens, and runs in at least one language', () => {
		const base = { title: { lv: 'Pavasaris' }, startsOn: '2027-03-01', endsOn: '2027-07-31', opensOn: '2027-01-10', closesOn: '2027-02-15', languages: ['lv'], status: 'published' };
		const ok = parseWith(cohortSchema, { ...base, capacity: '20', nudgeWeeks: '3' });
		expect(ok.ok && ok.data).toMatchObject({ capacity: 20, nudgeWeeks: 3 });
		const bad = parseWith(cohortSchema, { ...base, endsOn: '2027-02-01', closesOn: '2027-01-01', languages: [], capacity: '0' });
		expect(bad.ok ? {} : bad.errors).toEqual({ endsOn: 'date_order', closesOn: 'date_order', languages: 'required', capacity: 'invalid_number' });
	});

	it('an application needs a name, an address, a language and consent; sector keys are plain words', () => {
		const ok = parseWith(applicationSchema, { name: 'Anna', email: 'anna@example.lv', languages: 'lv', sectors: ['social:education', 'partika'], consent: 'on', municipalityId: '12' });
		expect(ok.ok && ok.data).toMatchObject({ languages: ['lv'], sectors: ['social:education', 'partika'], municipalityId: 12, consent: true });
		const bad = parseWith(applicationSchema, { name: '', email: 'nav adrese', languages: [], sectors: ['<script>'] });
		expect(bad.ok ? {} : bad.errors).toEqual({ name: 'required', email: 'invalid_email', languages: 'required', 'sectors.0': 'invalid', consent: 'consent_required' });
	});
});
