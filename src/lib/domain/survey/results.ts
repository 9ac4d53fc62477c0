/**
 * A survey's results from its submitted responses (issue 16): pure, so the rules are unit-tested.
 *
 * Rules, each one a decision about what a number may claim:
 * - A question's base `n` is the respondents who answered it (a skipped or hidden question is not a "no").
 * - Single choice and yes/no: percentages over that base. Multiple choice: over the respondents who
 *   answered the question, so they may add up to more than 100 % — `multi` tells the page to say so.
 * - Rounding: whole percents while the base is under 1000; one decimal only from 1000 up. With 169
 *   answers one respondent is 0.6 %, so "46.2 %" would claim precision the data does not have. The
 *   exact counts are always kept next to the percentages. Means have one decimal.
 * - Older versions: answers count for a question when the version the response answered has a
 *   question with the same id AND the same type (a question whose type changed is a new question for
 *   the results; its older answers are left out rather than mixed). Option ids that the current
 *   version no longer has are left out too.
 * - Breakdowns (`crossTab`): a group with fewer than SUPPRESS_BELOW respondents shows "fewer than 5",
 *   never its numbers. When only one group of a question would be suppressed, the next smallest is
 *   suppressed as well: otherwise its numbers would follow from the total minus the shown groups.
 */
import type { LocalizedText } from '../types';
import type { SurveyAnswer, SurveyAnswers, SurveyDefinition, SurveyQuestion, SurveyRespondentAttributes, SurveyScale } from './types';

export const SUPPRESS_BELOW = 5;
export const BREAKDOWN_ATTRIBUTES = ['eventId', 'municipalityId', 'gender', 'ageBand'] as const;
export type BreakdownAttribute = (typeof BREAKDOWN_ATTRIBUTES)[number];

export type ResultResponse = { version: number; answers: SurveyAnswers; attributes: SurveyRespondentAttributes };
export type Share = { count: number; percent: number | null };
export type OptionShare = Share & { id: string; label: LocalizedText };
export type ValueShare = Share & { value: number };

type Head = { questionId: string; text: LocalizedText; n: number };
export type ChoiceResult = Head & { kind: 'choice'; type: 'single' | 'multi' | 'yes_no' | 'municipality'; multi: boolean; options: OptionShare[] };
export type ScaleResult = Head & { kind: 'scale'; scale: SurveyScale; distribution: ValueShare[]; mean: number | null };
export type MatrixResult = Head & { kind: 'matrix'; scale: SurveyScale; items: { id: string; label: LocalizedText; n: number; distribution: ValueShare[]; mean: number | null }[] };
export type NumberResult = Head & { kind: 'number'; mean: number | null; median: number | null; min: number | null; max: number | null };
export type TextResult = Head & { kind: 'text' };
export type QuestionResult = ChoiceResult | ScaleResult | MatrixResult | NumberResult | TextResult;

/** A share of a base: whole percents under 1000, one decimal from 1000 up; null when nobody answered. */
export function percentOf(count: number, base: number): number | null {
	if (base <= 0) return null;
	const exact = (count * 100) / base;
	return base < 1000 ? Math.round(exact) : Math.round(exact * 10) / 10;
}

export function roundMean(values: readonly number[]): number | null {
	if (!values.length) return null;
	return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

export function median(values: readonly number[]): number | null {
	if (!values.length) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function questionsOf(def: SurveyDefinition): SurveyQuestion[] {
	return def.sections.flatMap((s) => s.questions);
}

function answered(a: SurveyAnswer | undefined): boolean {
	if (a === undefined || a === null) return false;
	if (typeof a === 'string') return a.trim() !== '';
	if (Array.isArray(a)) return a.length > 0;
	if (typeof a === 'number') return Number.isFinite(a);
	return Object.keys(a).length > 0;
}

/** The answers to `q` that may be counted: given, and to a version with the same question type. */
function answersTo(q: SurveyQuestion, responses: readonly ResultResponse[], typeIn: (version: number, id: string) => string | undefined): SurveyAnswer[] {
	const out: SurveyAnswer[] = [];
	for (const r of responses) {
		const a = r.answers[q.id];
		if (answered(a) && typeIn(r.version, q.id) === q.type) out.push(a);
	}
	return out;
}

function distribution(values: readonly number[], scale: SurveyScale): ValueShare[] {
	const out: ValueShare[] = [];
	for (let v = scale.min; v <= scale.max; v++) {
		const count = values.filter((x) => x === v).length;
		out.push({ value: v, count, percent: percentOf(count, values.length) });
	}
	return out;
}

export type ResultOptions = {
	/** Definitions of every version by number (the current one included). */
	versions: ReadonlyMap<number, SurveyDefinition>;
	/** Names of municipalities by territory id (for municipality questions). */
	municipalityNames?: ReadonlyMap<number, string>;
	yesNo?: { yes: LocalizedText; no: LocalizedText };
};

function typeLookup(versions: ReadonlyMap<number, SurveyDefinition>): (version: number, id: string) => string | undefined {
	const byVersion = new Map([...versions].map(([v, d]) => [v, new Map(questionsOf(d).map((q) => [q.id, q.type]))]));
	return (version, id) => byVersion.get(version)?.get(id);
}

function resultOf(q: SurveyQuestion, answers: SurveyAnswer[], o: ResultOptions): QuestionResult {
	const head = { questionId: q.id, text: q.text };
	switch (q.type) {
		case 'single':
		case 'multi':
		case 'yes_no': {
			const options = q.type === 'yes_no' ? [{ id: 'yes', label: o.yesNo?.yes ?? { lv: 'Jā' } }, { id: 'no', label: o.yesNo?.no ?? { lv: 'Nē' } }] : q.options;
			const known = new Set(options.map((x) => x.id));
			const chosen = answers.map((a) => new Set((Array.isArray(a) ? a : [String(a)]).filter((id) => known.has(id)))).filter((s) => s.size > 0);
			const n = chosen.length;
			return {
				...head,
				kind: 'choice',
				type: q.type,
				multi: q.type === 'multi',
				n,
				options: options.map((x) => {
					const count = chosen.filter((s) => s.has(x.id)).length;
					return { id: x.id, label: x.label, count, percent: percentOf(count, n) };
				})
			};
		}
		case 'municipality': {
			const ids = answers.filter((a): a is number => typeof a === 'number');
			const counts = new Map<number, number>();
			for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
			const options = [...counts]
				.sort((a, b) => b[1] - a[1] || a[0] - b[0])
				.map(([id, count]) => ({ id: String(id), label: { lv: o.municipalityNames?.get(id) ?? String(id) }, count, percent: percentOf(count, ids.length) }));
			return { ...head, kind: 'choice', type: 'municipality', multi: false, n: ids.length, options };
		}
		case 'scale': {
			const values = answers.filter((a): a is number => typeof a === 'number' && a >= q.scale.min && a <= q.scale.max);
			return { ...head, kind: 'scale', scale: q.scale, n: values.length, distribution: distribution(values, q.scale), mean: roundMean(values) };
		}
		case 'matrix': {
			const rows = answers.filter((a): a is Record<string, number> => typeof a === 'object' && !Array.isArray(a));
			const items = q.items.map((item) => {
				const values = rows.map((r) => r[item.id]).filter((v): v is number => typeof v === 'number' && v >= q.scale.min && v <= q.scale.max);
				return { id: item.id, label: item.label, n: values.length, distribution: distribution(values, q.scale), mean: roundMean(values) };
			});
			return { ...head, kind: 'matrix', scale: q.scale, n: rows.length, items };
		}
		case 'number': {
			const values = answers.filter((a): a is number => typeof a === 'number' && Number.isFinite(a));
			return {
				...head,
				kind: 'number',
				n: values.length,
				mean: roundMean(values),
				median: median(values),
				min: values.length ? Math.min(...values) : null,
				max: values.length ? Math.max(...values) : null
			};
		}
		default:
			// free text: only how many answered; the texts themselves are never part of the results
			return { ...head, kind: 'text', n: answers.length };
	}
}

export type SurveyResults = { respondents: number; questions: QuestionResult[] };

/** Every question of the current definition, in its order. */
export function computeResults(current: SurveyDefinition, responses: readonly ResultResponse[], o: ResultOptions): SurveyResults {
	const typeIn = typeLookup(o.versions);
	return { respondents: responses.length, questions: questionsOf(current).map((q) => resultOf(q, answersTo(q, responses, typeIn), o)) };
}

/** A suppressed group shows neither its result nor its size. */
export type CrossTabGroup = { key: string; respondents: number | null; suppressed: boolean; result: QuestionResult | null };
export type CrossTab = { questionId: string; total: QuestionResult; groups: CrossTabGroup[] };

/** The group key of a response for an attribute; responses without it form the group '' (not known). */
export function groupKey(r: ResultResponse, attribute: BreakdownAttribute): string {
	const v = r.attributes?.[attribute];
	return v === undefined || v === null || v === '' ? '' : String(v);
}

/**
 * Which of the groups (by their base) are suppressed: those under SUPPRESS_BELOW, and when that is
 * exactly one group, also the smallest of the others — so no suppressed number follows by subtraction.
 */
export function suppressedGroups(bases: readonly number[]): boolean[] {
	const hidden = bases.map((n) => n < SUPPRESS_BELOW);
	if (hidden.filter(Boolean).length === 1 && bases.length > 1) {
		let next = -1;
		bases.forEach((n, i) => {
			if (!hidden[i] && (next < 0 || n < bases[next])) next = i;
		});
		if (next >= 0) hidden[next] = true;
	}
	return hidden;
}

/** Each question broken down by an attribute: per group the question's result, or suppressed. */
export function crossTab(current: SurveyDefinition, responses: readonly ResultResponse[], attribute: BreakdownAttribute, o: ResultOptions): CrossTab[] {
	const typeIn = typeLookup(o.versions);
	const groups = new Map<string, ResultResponse[]>();
	for (const r of responses) {
		const k = groupKey(r, attribute);
		groups.set(k, [...(groups.get(k) ?? []), r]);
	}
	// known values first, largest first; "not known" last
	const keys = [...groups.keys()].sort((a, b) => (a === '') !== (b === '') ? (a === '' ? 1 : -1) : groups.get(b)!.length - groups.get(a)!.length || a.localeCompare(b));
	return questionsOf(current).map((q) => {
		const results = keys.map((k) => resultOf(q, answersTo(q, groups.get(k)!, typeIn), o));
		const hidden = suppressedGroups(results.map((r) => r.n));
		return {
			questionId: q.id,
			total: resultOf(q, answersTo(q, responses, typeIn), o),
			groups: keys.map((key, i) => ({ key, respondents: hidden[i] ? null : groups.get(key)!.length, suppressed: hidden[i], result: hidden[i] ? null : results[i] }))
		};
	});
}
