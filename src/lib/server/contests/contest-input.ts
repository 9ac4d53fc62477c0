/**
 * The staff's contest form, parsed: title and rules (Latvian required, English optional), the entry
 * window in Riga time, number of winners, eligibility, the randomness source and up to ten prizes
 * with the producer who gives each. Errors are codes the page turns into text.
 */
import { wallClock, zonedInstant } from '$lib/domain/event-time';
import type { LocalizedText } from '$lib/domain/types';
import { cleanText } from '$lib/text/clean';
import type { ContestFields } from './contests-repository';

export const ZONE = 'Europe/Riga';
export const MAX_PRIZES = 10;
export type ContestForm = ContestFields & { prizes: { title: LocalizedText; producerSlug: string | null }[] };
export type ParsedContest = { ok: true; data: ContestForm } | { ok: false; errors: Record<string, string>; values: Record<string, string> };

const SLUG = /^[a-z0-9-]{1,200}$/;
const text = (form: FormData, name: string, max: number) => cleanText(String(form.get(name) ?? '')).trim().slice(0, max);
const localizedOf = (lv: string, en: string): LocalizedText => (en ? { lv, en } : { lv });

/** What to photograph, in every language the staff wrote it in (Latvian required; entrants from Moldova read ro/ru). */
function promptOf(form: FormData, lv: string): LocalizedText {
	const out: LocalizedText = { lv };
	for (const l of ['en', 'ro', 'ru'] as const) {
		const t = text(form, `photoPrompt.${l}`, 500);
		if (t) out[l] = t;
	}
	return out;
}

export function parseContestForm(form: FormData, choices: { projectIds: Set<string> }): ParsedContest {
	const values: Record<string, string> = {};
	for (const [k, v] of form.entries()) if (typeof v === 'string') values[k] = v;
	const errors: Record<string, string> = {};
	const titleLv = text(form, 'title.lv', 200);
	const rulesLv = text(form, 'rules.lv', 10_000);
	if (!titleLv) errors['title.lv'] = 'required';
	if (!rulesLv) errors['rules.lv'] = 'required';
	const opensAt = zonedInstant(String(form.get('opensDate') ?? ''), String(form.get('opensTime') ?? '') || '00:00', ZONE);
	const closesAt = zonedInstant(String(form.get('closesDate') ?? ''), String(form.get('closesTime') ?? '') || '23:59', ZONE);
	if (!opensAt) errors.opensDate = 'invalid';
	if (!closesAt) errors.closesDate = 'invalid';
	if (opensAt && closesAt && closesAt <= opensAt) errors.closesDate = 'before_start';
	const winners = Number(form.get('winners'));
	if (!Number.isInteger(winners) || winners < 1 || winners > 1000) errors.winners = 'invalid';
	const eligibility = String(form.get('eligibility') ?? 'email');
	if (!['email', 'attendance', 'question', 'photo'].includes(eligibility)) errors.eligibility = 'invalid';
	const projectId = String(form.get('projectId') ?? '');
	if (projectId && !choices.projectIds.has(projectId)) errors.projectId = 'invalid';
	const eligibilityProjectId = String(form.get('eligibilityProjectId') ?? '');
	const minEvents = Number(form.get('minEvents') || 1);
	if (eligibility === 'attendance') {
		if (!choices.projectIds.has(eligibilityProjectId)) errors.eligibilityProjectId = 'required';
		if (!Number.isInteger(minEvents) || minEvents < 1 || minEvents > 100) errors.minEvents = 'invalid';
	}
	const questionLv = text(form, 'question.lv', 500);
	if (eligibility === 'question' && !questionLv) errors['question.lv'] = 'required';
	// a photo contest says what to photograph; it is kept in the question's column (one prompt per contest)
	const promptLv = text(form, 'photoPrompt.lv', 500);
	if (eligibility === 'photo' && !promptLv) errors['photoPrompt.lv'] = 'required';
	const sourceKind = String(form.get('sourceKind') ?? 'drand');
	if (sourceKind !== 'drand' && sourceKind !== 'commit') errors.sourceKind = 'invalid';
	const prizes: ContestForm['prizes'] = [];
	for (let i = 0; i < MAX_PRIZES; i++) {
		const lv = text(form, `prizes.${i}.lv`, 200);
		const producerSlug = text(form, `prizes.${i}.producer`, 200).replace(/^.*\/razotaji\//, '');
		if (!lv) continue;
		if (producerSlug && !SLUG.test(producerSlug)) errors[`prizes.${i}.producer`] = 'invalid';
		prizes.push({ title: localizedOf(lv, text(form, `prizes.${i}.en`, 200)), producerSlug: producerSlug || null });
	}
	if (!prizes.length) errors['prizes.0.lv'] = 'required';
	if (Object.keys(errors).length || !opensAt || !closesAt) return { ok: false, errors, values };
	return {
		ok: true,
		data: {
			title: localizedOf(titleLv, text(form, 'title.en', 200)),
			rules: localizedOf(rulesLv, text(form, 'rules.en', 10_000)),
			opensAt,
			closesAt,
			winners,
			eligibility: eligibility as ContestForm['eligibility'],
			minEvents: eligibility === 'attendance' ? minEvents : null,
			eligibilityProjectId: eligibility === 'attendance' ? eligibilityProjectId : null,
			question: eligibility === 'question' ? localizedOf(questionLv, text(form, 'question.en', 500)) : eligibility === 'photo' ? promptOf(form, promptLv) : null,
			projectId: projectId || null,
			sourceKind: sourceKind as ContestForm['sourceKind'],
			prizes
		}
	};
}

/** A saved contest as the form's values (dates and times in Riga). */
export function contestFormValues(c: ContestFields & { prizes: { title: LocalizedText; producerSlug: string | null }[] }): Record<string, string> {
	const o = wallClock(c.opensAt, ZONE);
	const cl = wallClock(c.closesAt, ZONE);
	const v: Record<string, string> = {
		'title.lv': c.title.lv,
		'title.en': c.title.en ?? '',
		'rules.lv': c.rules.lv,
		'rules.en': c.rules.en ?? '',
		opensDate: o.date,
		opensTime: o.time,
		closesDate: cl.date,
		closesTime: cl.time,
		winners: String(c.winners),
		eligibility: c.eligibility,
		minEvents: c.minEvents ? String(c.minEvents) : '',
		eligibilityProjectId: c.eligibilityProjectId ?? '',
		'question.lv': c.eligibility === 'question' ? (c.question?.lv ?? '') : '',
		'question.en': c.eligibility === 'question' ? (c.question?.en ?? '') : '',
		'photoPrompt.lv': c.eligibility === 'photo' ? (c.question?.lv ?? '') : '',
		'photoPrompt.en': c.eligibility === 'photo' ? (c.question?.en ?? '') : '',
		'photoPrompt.ro': c.eligibility === 'photo' ? (c.question?.ro ?? '') : '',
		'photoPrompt.ru': c.eligibility === 'photo' ? (c.question?.ru ?? '') : '',
		projectId: c.projectId ?? '',
		sourceKind: c.sourceKind
	};
	c.prizes.forEach((p, i) => {
		v[`prizes.${i}.lv`] = p.title.lv;
		v[`prizes.${i}.en`] = p.title.en ?? '';
		v[`prizes.${i}.producer`] = p.producerSlug ?? '';
	});
	return v;
}
