/**
 * The question form merged into a question: the texts of the language tab being edited, and the
 * settings every tab shows (required, range, selections, number limits, condition). Pure; the
 * result is checked with questionSchema, whose errors are named by the form's fields.
 */
import type { FieldErrors } from '$lib/forms/parse';
import type { QuestionEditInput } from '$lib/forms/survey';
import { questionSchema, type SurveyOption, type SurveyQuestion } from '$lib/domain/survey/types';
import type { LocalizedText } from '$lib/domain/types';

/** A button of the question form that changes its options: remove, or move one up or down. */
export type ChoiceAction = { op: 'remove' | 'up' | 'down'; id: string } | null;

export function parseChoiceAction(value: unknown): ChoiceAction {
	const m = typeof value === 'string' ? /^(remove|up|down):([a-z][a-z0-9_]{0,31})$/.exec(value) : null;
	return m ? { op: m[1] as 'remove' | 'up' | 'down', id: m[2] } : null;
}

type Lang = QuestionEditInput['lang'];

/** The text with one language set (or cleared); Latvian is kept even when empty so the schema names it. */
function withLang(before: LocalizedText | undefined, lang: Lang, value: string | undefined): LocalizedText | undefined {
	const next: LocalizedText = { ...(before ?? { lv: '' }) };
	if (lang === 'lv') next.lv = value ?? '';
	else if (value) next[lang] = value;
	else delete next[lang];
	const empty = !next.lv && !next.en && !next.ro && !next.ru;
	return empty ? undefined : next;
}

function editChoices(list: SurveyOption[], input: QuestionEditInput, action: ChoiceAction, newId: () => string): SurveyOption[] {
	let out = list.map((o) => ({ ...o, label: input.labels && o.id in input.labels ? (withLang(o.label, input.lang, input.labels[o.id]) ?? { lv: '' }) : o.label }));
	if (input.newChoice) out.push({ id: newId(), label: input.lang === 'lv' ? { lv: input.newChoice } : { lv: '', [input.lang]: input.newChoice } });
	if (action) {
		const at = out.findIndex((o) => o.id === action.id);
		if (at >= 0 && action.op === 'remove') out = out.filter((o) => o.id !== action.id);
		const to = action.op === 'up' ? at - 1 : at + 1;
		if (at >= 0 && action.op !== 'remove' && to >= 0 && to < out.length) [out[at], out[to]] = [out[to], out[at]];
	}
	return out;
}

export type MergeResult = { ok: true; question: SurveyQuestion } | { ok: false; errors: FieldErrors };

export function mergeQuestionEdit(q: SurveyQuestion, input: QuestionEditInput, action: ChoiceAction, newId: () => string): MergeResult {
	const lang = input.lang;
	const next = { ...q, text: withLang(q.text, lang, input.text) ?? { lv: '' }, help: withLang(q.help, lang, input.help), required: !!input.required } as SurveyQuestion;
	if (!next.help) delete next.help;
	const errors: FieldErrors = {};
	if (next.type === 'single' || next.type === 'multi') next.options = editChoices(next.options, input, action, newId);
	if (next.type === 'matrix') next.items = editChoices(next.items, input, action, newId);
	if (next.type === 'scale' || next.type === 'matrix') {
		const [min, max] = input.range === '0-10' ? ([0, 10] as const) : input.range === '1-5' ? ([1, 5] as const) : [next.scale.min, next.scale.max];
		next.scale = { min, max, minLabel: withLang(next.scale.minLabel, lang, input.minLabel), maxLabel: withLang(next.scale.maxLabel, lang, input.maxLabel) };
		if (!next.scale.minLabel) delete next.scale.minLabel;
		if (!next.scale.maxLabel) delete next.scale.maxLabel;
	}
	if (next.type === 'multi') {
		next.minSelections = input.minSelections;
		next.maxSelections = input.maxSelections;
		if (next.minSelections === undefined) delete next.minSelections;
		if (next.maxSelections === undefined) delete next.maxSelections;
		const most = next.options.length;
		if ((input.maxSelections ?? most) > most) errors.maxSelections = 'survey_build_selections';
		if ((input.minSelections ?? 1) > (input.maxSelections ?? most)) errors.minSelections = 'survey_build_selections';
	}
	if (next.type === 'number') {
		next.min = input.numberMin;
		next.max = input.numberMax;
		next.integer = !!input.integer;
		if (next.min === undefined) delete next.min;
		if (next.max === undefined) delete next.max;
		if (input.numberMin !== undefined && input.numberMax !== undefined && input.numberMin > input.numberMax) errors.numberMax = 'survey_build_number_range';
	}
	if (input.conditionOn) {
		if (!input.conditionAnyOf.length) errors.conditionAnyOf = 'survey_build_condition_values';
		next.showIf = { questionId: input.conditionOn, anyOf: input.conditionAnyOf };
	} else delete next.showIf;

	const parsed = questionSchema.safeParse(next);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const field = fieldOf(next, issue.path.map(String));
			errors[field] ??= codeOf(issue, lang);
		}
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, question: parsed.data! };
}

/** Which form field a schema issue belongs to. */
function fieldOf(q: SurveyQuestion, path: string[]): string {
	const [head, index] = path;
	if (head === 'text' || head === 'help' || head === 'minSelections' || head === 'maxSelections') return head;
	if (head === 'options' || head === 'items') {
		const list = 'options' in q ? q.options : 'items' in q ? q.items : [];
		return index === undefined ? 'newChoice' : `labels.${list[Number(index)]?.id ?? ''}`;
	}
	if (head === 'scale') return path[1] === 'maxLabel' ? 'maxLabel' : 'minLabel';
	if (head === 'min') return 'numberMin';
	if (head === 'max') return 'numberMax';
	if (head === 'showIf') return 'conditionAnyOf';
	return '_form';
}

function codeOf(issue: { path: PropertyKey[]; message: string; code: string }, lang: Lang): string {
	// a translation without the Latvian text: Latvian comes first (it is every reader's fallback)
	if (lang !== 'lv' && issue.path.at(-1) === 'lv') return 'survey_build_lv_first';
	if (issue.code === 'too_small' && (issue.path[0] === 'options' || issue.path[0] === 'items')) return 'survey_build_two_choices';
	return /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid';
}
