/**
 * Answering a survey (issue 16), without the database: which questions a respondent sees given
 * their answers (conditions), turning form fields into answers, and checking answers against the
 * definition. The same functions serve the form without JavaScript (conditions are applied when
 * the answers arrive) and the live form.
 */
import type { SurveyAnswer, SurveyAnswers, SurveyDefinition, SurveyQuestion } from './types';

export type AnswerError =
	| 'required'
	| 'unknown_option'
	| 'too_few'
	| 'too_many'
	| 'not_a_number'
	| 'not_integer'
	| 'too_small'
	| 'too_large'
	| 'out_of_scale'
	| 'too_long';

/** Longest text kept per answer: a line for short text, a few pages for long text. */
export const TEXT_LIMITS = { short_text: 300, long_text: 5000 } as const;

/** Form field name of a question (and of one matrix item). */
export const fieldName = (questionId: string, itemId?: string) => (itemId ? `q_${questionId}__${itemId}` : `q_${questionId}`);

export function allQuestions(definition: SurveyDefinition): SurveyQuestion[] {
	return definition.sections.flatMap((s) => s.questions);
}

function matches(answer: SurveyAnswer | undefined, anyOf: string[]): boolean {
	if (answer === undefined) return false;
	if (Array.isArray(answer)) return answer.some((a) => anyOf.includes(a));
	if (typeof answer === 'object') return false;
	return anyOf.includes(String(answer));
}

/**
 * The questions shown for these answers, in order. A condition on a question that is itself
 * hidden is not met (a chain of conditions hides the whole chain).
 */
export function visibleQuestions(definition: SurveyDefinition, answers: SurveyAnswers): SurveyQuestion[] {
	const shown = new Set<string>();
	const out: SurveyQuestion[] = [];
	for (const q of allQuestions(definition)) {
		const c = q.showIf;
		if (c && !(shown.has(c.questionId) && matches(answers[c.questionId], c.anyOf))) continue;
		shown.add(q.id);
		out.push(q);
	}
	return out;
}

/** Only the answers of visible questions: an answer whose condition is not met is dropped. */
export function keepVisible(definition: SurveyDefinition, answers: SurveyAnswers): SurveyAnswers {
	const out: SurveyAnswers = {};
	for (const q of visibleQuestions(definition, answers)) if (answers[q.id] !== undefined) out[q.id] = answers[q.id];
	return out;
}

type Entries = Iterable<[string, FormDataEntryValue | string]>;

function collect(entries: Entries): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const [k, v] of entries) {
		if (typeof v !== 'string') continue;
		const list = map.get(k) ?? [];
		list.push(v);
		map.set(k, list);
	}
	return map;
}

/** "3,5" as typed on a Latvian keyboard is 3.5; anything else that is not a number stays text (reported by validateAnswers). */
function toNumber(raw: string): number | string {
	const t = raw.trim().replace(/\s/g, '').replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(t)) return raw.trim();
	return Number(t);
}

/**
 * Form fields → answers for every question of the definition (conditions are applied later, by
 * `keepVisible`). Empty fields give no answer. What does not parse is kept as typed, so the form
 * can show it again with its error.
 */
export function parseAnswers(definition: SurveyDefinition, entries: Entries): SurveyAnswers {
	const fields = collect(entries);
	const first = (name: string) => (fields.get(name)?.[0] ?? '').trim();
	const answers: SurveyAnswers = {};
	for (const q of allQuestions(definition)) {
		const name = fieldName(q.id);
		switch (q.type) {
			case 'multi': {
				const chosen = [...new Set((fields.get(name) ?? []).map((v) => v.trim()).filter(Boolean))];
				if (chosen.length) answers[q.id] = chosen;
				break;
			}
			case 'matrix': {
				const rows: Record<string, number> = {};
				for (const item of q.items) {
					const v = first(fieldName(q.id, item.id));
					const n = v ? toNumber(v) : undefined;
					if (typeof n === 'number') rows[item.id] = n;
				}
				if (Object.keys(rows).length) answers[q.id] = rows;
				break;
			}
			case 'scale':
			case 'number':
			case 'municipality': {
				const v = first(name);
				if (v) answers[q.id] = toNumber(v);
				break;
			}
			case 'short_text':
			case 'long_text': {
				// long text keeps its line breaks; only the ends are trimmed
				const v = (fields.get(name)?.[0] ?? '').replace(/\r\n/g, '\n').trim();
				if (v) answers[q.id] = v;
				break;
			}
			default: {
				const v = first(name);
				if (v) answers[q.id] = v;
			}
		}
	}
	return answers;
}

export type ValidateOptions = {
	/** false when saving for later: only what is wrong, not what is missing. */
	final: boolean;
	/** Municipality territory ids a picker answer must be one of (unchecked when absent). */
	municipalityIds?: ReadonlySet<number>;
};

function checkOne(q: SurveyQuestion, a: SurveyAnswer, opts: ValidateOptions): AnswerError | null {
	switch (q.type) {
		case 'single':
			return typeof a === 'string' && q.options.some((o) => o.id === a) ? null : 'unknown_option';
		case 'multi': {
			if (!Array.isArray(a) || a.some((id) => !q.options.some((o) => o.id === id))) return 'unknown_option';
			if (q.maxSelections && a.length > q.maxSelections) return 'too_many';
			if (opts.final && q.minSelections && a.length < q.minSelections) return 'too_few';
			return null;
		}
		case 'yes_no':
			return a === 'yes' || a === 'no' ? null : 'unknown_option';
		case 'scale':
			return typeof a === 'number' && Number.isInteger(a) && a >= q.scale.min && a <= q.scale.max ? null : 'out_of_scale';
		case 'matrix': {
			if (typeof a !== 'object' || Array.isArray(a)) return 'out_of_scale';
			for (const [item, n] of Object.entries(a)) {
				if (!q.items.some((i) => i.id === item)) return 'unknown_option';
				if (!Number.isInteger(n) || n < q.scale.min || n > q.scale.max) return 'out_of_scale';
			}
			// a required matrix needs every row
			if (opts.final && q.required && q.items.some((i) => a[i.id] === undefined)) return 'required';
			return null;
		}
		case 'number':
			if (typeof a !== 'number' || !Number.isFinite(a)) return 'not_a_number';
			if (q.integer && !Number.isInteger(a)) return 'not_integer';
			if (q.min !== undefined && a < q.min) return 'too_small';
			if (q.max !== undefined && a > q.max) return 'too_large';
			return null;
		case 'municipality':
			if (typeof a !== 'number' || !Number.isInteger(a)) return 'unknown_option';
			return opts.municipalityIds && !opts.municipalityIds.has(a) ? 'unknown_option' : null;
		case 'short_text':
		case 'long_text':
			if (typeof a !== 'string') return 'unknown_option';
			return a.length > TEXT_LIMITS[q.type] ? 'too_long' : null;
	}
}

/**
 * Errors by question id for the visible questions. Hidden questions are not checked (their
 * answers are dropped before storing). `final: false` skips "required" and minimum selections.
 */
export function validateAnswers(definition: SurveyDefinition, answers: SurveyAnswers, opts: ValidateOptions): Record<string, AnswerError> {
	const errors: Record<string, AnswerError> = {};
	for (const q of visibleQuestions(definition, answers)) {
		const a = answers[q.id];
		if (a === undefined) {
			if (opts.final && q.required) errors[q.id] = 'required';
			continue;
		}
		const e = checkOne(q, a, opts);
		if (e) errors[q.id] = e;
	}
	return errors;
}
