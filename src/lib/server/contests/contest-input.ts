/**
 * The staff's contest form, parsed: title and rules (Latvian required, English optional), the entry
 * window in Riga time, number of winners, eligibility, the randomness source and up to ten prizes
 * with the producer who gives each. Errors are codes the page turns into text.
 */
import { wallClock, zonedInstant } from '$lib/domain/event-time';
import type { LocalizedText } from '$lib/domain/types';
import { contestSchema } from '$lib/forms/contest';
import { formValues, parseWith } from '$lib/forms/parse';
import type { ContestFields } from './contests-repository';

export const ZONE = 'Europe/Riga';
export const MAX_PRIZES = 10;
export type ContestForm = ContestFields & { prizes: { title: LocalizedText; producerSlug: string | null }[] };
export type ParsedContest = { ok: true; data: ContestForm } | { ok: false; errors: Record<string, string>; values: Record<string, string> };

const localizedOf = (lv: string, en: string | undefined): LocalizedText => (en ? { lv, en } : { lv });

/** The form through forms/contest.ts (the same schema the browser checks), then the window in Riga time and the project among the organisation's. */
export function parseContestForm(form: FormData, choices: { projectIds: Set<string> }): ParsedContest {
	const values: Record<string, string> = {};
	for (const [k, v] of form.entries()) if (typeof v === 'string') values[k] = v;
	const parsed = parseWith(contestSchema, formValues(form));
	const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
	const f = parsed.ok ? parsed.data : null;
	const opensAt = zonedInstant(String(form.get('opensDate') ?? ''), String(form.get('opensTime') ?? '') || '00:00', ZONE);
	const closesAt = zonedInstant(String(form.get('closesDate') ?? ''), String(form.get('closesTime') ?? '') || '23:59', ZONE);
	if (!opensAt) errors.opensDate ??= 'invalid';
	if (!closesAt) errors.closesDate ??= 'invalid';
	if (opensAt && closesAt && closesAt <= opensAt) errors.closesDate = 'date_order';
	if (f?.projectId && !choices.projectIds.has(f.projectId)) errors.projectId = 'invalid';
	if (f?.eligibility === 'attendance' && f.eligibilityProjectId && !choices.projectIds.has(f.eligibilityProjectId)) errors.eligibilityProjectId = 'required';
	if (!f || Object.keys(errors).length || !opensAt || !closesAt) return { ok: false, errors, values };
	const prompt = f.photoPrompt;
	return {
		ok: true,
		data: {
			title: localizedOf(f.title.lv, f.title.en),
			rules: localizedOf(f.rules.lv, f.rules.en),
			opensAt,
			closesAt,
			winners: f.winners as number,
			eligibility: f.eligibility,
			minEvents: f.eligibility === 'attendance' ? (f.minEvents ?? 1) : null,
			eligibilityProjectId: f.eligibility === 'attendance' ? (f.eligibilityProjectId ?? null) : null,
			question:
				f.eligibility === 'question'
					? localizedOf(f.question?.lv ?? '', f.question?.en)
					: f.eligibility === 'photo' && prompt?.lv
						? { lv: prompt.lv, ...(prompt.en && { en: prompt.en }), ...(prompt.ro && { ro: prompt.ro }), ...(prompt.ru && { ru: prompt.ru }) }
						: null,
			projectId: f.projectId ?? null,
			sourceKind: f.sourceKind,
			prizes: (f.prizes ?? []).flatMap((p) => (p?.lv ? [{ title: localizedOf(p.lv, p.en), producerSlug: p.producer ?? null }] : []))
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
