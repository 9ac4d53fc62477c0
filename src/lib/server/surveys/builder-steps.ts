/**
 * What each question-builder form post asks for, read from the form: the change to the definition
 * and where the page goes afterwards — or the form's own errors. Shared by every page that edits a
 * survey definition (a survey's questions, a cohort's application form): each route keeps its
 * permission check and its own way of saving, and only this reading is one.
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import { addQuestion, addSection, deleteQuestion, deleteSection, findQuestion, moveQuestion, moveSection, newQuestion, renameSection, replaceQuestion } from '$lib/domain/survey/builder-ops';
import type { SurveyDefinition } from '$lib/domain/survey/types';
import { formValues, parseWith, typedValues, type FieldErrors } from '$lib/forms/parse';
import { lines, newQuestionSchema, questionEditSchema, sectionTitleSchema } from '$lib/forms/survey';
import { LOCALES } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import type { Change } from './builder-flow';
import { conditionChoices, questionValues } from './builder-view';
import { mergeQuestionEdit, parseChoiceAction } from './question-edit';

export type Lang = (typeof LOCALES)[number];
export const langOf = (v: string | null | undefined): Lang => ((LOCALES as readonly string[]).includes(v ?? '') ? (v as Lang) : 'lv');

/** Where the page returns after a change: its language tab, the question to show, the form's values for a refusal. */
export type StepTarget = { lang: Lang; question?: () => string | undefined; target?: string; values?: Record<string, string | string[]> };
export type BuilderStep = { op: string; change: Change; at: StepTarget } | { failed: ActionFailure<{ op: string; target?: string; values: Record<string, string | string[]>; errors: FieldErrors }> };

const field = (form: FormData, name: string) => String(form.get(name) ?? '');
const by = (form: FormData): -1 | 1 => (field(form, 'by') === 'up' ? -1 : 1);

/** The builder page's language tab and the question being edited (`?valoda=`, `?jautajums=`). */
export function builderView(definition: SurveyDefinition, url: URL, pageLang: string | undefined) {
	const lang = langOf(url.searchParams.get('valoda'));
	const editing = url.searchParams.get('jautajums');
	const question = editing ? findQuestion(definition, editing) : undefined;
	const locale = langOf(pageLang);
	return {
		lang,
		editing: question
			? { question, values: questionValues(question, lang), conditions: conditionChoices(definition, question.id, lang, m.survey_build_yes({}, { locale }), m.survey_build_no({}, { locale })) }
			: null
	};
}

export const builderSteps = {
	addSection(form: FormData): BuilderStep {
		const parsed = parseWith(sectionTitleSchema, { lang: 'lv', title: form.get('title') });
		if (!parsed.ok) return { failed: fail(400, { op: 'addSection', values: typedValues(form), errors: parsed.errors }) };
		const title = parsed.data.title ? { lv: parsed.data.title } : undefined;
		return { op: 'add_section', change: ({ definition, newId }) => addSection(definition, { id: newId('s'), ...(title ? { title } : {}), questions: [] }), at: { lang: langOf(field(form, 'lang')) } };
	},
	renameSection(form: FormData): BuilderStep {
		const sectionId = field(form, 'sectionId');
		// each section's fields are named by it ("s2.title"), so their ids on the page are unique
		const parsed = parseWith(sectionTitleSchema, { lang: form.get('lang'), title: form.get(`${sectionId}.title`) });
		if (!parsed.ok) return { failed: fail(400, { op: 'renameSection', target: sectionId, values: typedValues(form), errors: parsed.errors }) };
		const { lang, title } = parsed.data;
		const change: Change = ({ definition }) => {
			const before = definition.sections.find((s) => s.id === sectionId)?.title;
			const next = { ...(before ?? { lv: '' }), [lang]: title ?? '' };
			if (lang !== 'lv' && !title) delete next[lang];
			if (lang !== 'lv' && title && !next.lv) return { ok: false, errors: { title: 'survey_build_lv_first' } };
			return renameSection(definition, sectionId, next.lv || next.en || next.ro || next.ru ? next : undefined);
		};
		return { op: 'rename_section', change, at: { lang, target: sectionId, values: typedValues(form) } };
	},
	deleteSection(form: FormData): BuilderStep {
		return { op: 'delete_section', change: ({ definition }) => deleteSection(definition, field(form, 'sectionId')), at: { lang: langOf(field(form, 'lang')) } };
	},
	moveSection(form: FormData): BuilderStep {
		return { op: 'move_section', change: ({ definition }) => moveSection(definition, field(form, 'sectionId'), by(form)), at: { lang: langOf(field(form, 'lang')) } };
	},
	addQuestion(form: FormData): BuilderStep {
		const values = typedValues(form);
		const target = field(form, 'sectionId');
		const fields = formValues(form)[target];
		const parsed = parseWith(newQuestionSchema, { ...(typeof fields === 'object' ? fields : {}), sectionId: target });
		if (!parsed.ok) return { failed: fail(400, { op: 'addQuestion', target, values, errors: parsed.errors }) };
		const d = parsed.data;
		let id: string | undefined;
		const change: Change = ({ definition, newId }) => {
			id = newId('q');
			const choices = lines(d.choices);
			const needsChoices = d.type === 'single' || d.type === 'multi' || d.type === 'matrix';
			if (needsChoices && choices.length < 2) return { ok: false, errors: { choices: 'survey_build_two_choices' } };
			return addQuestion(definition, d.sectionId, newQuestion(d.type, id, d.text, needsChoices ? choices : [], () => newId(d.type === 'matrix' ? 'i' : 'o')));
		};
		return { op: 'add_question', change, at: { lang: 'lv', question: () => id, target, values } };
	},
	saveQuestion(form: FormData): BuilderStep {
		const values = typedValues(form);
		const questionId = field(form, 'questionId');
		const raw = formValues(form);
		// the condition's checkboxes name their question ("q2:o1"): only the chosen question's count
		const on = field(form, 'conditionOn');
		raw.conditionAnyOf = form.getAll('conditionAnyOf').map(String).filter((v) => on && v.startsWith(`${on}:`)).map((v) => v.slice(on.length + 1));
		const parsed = parseWith(questionEditSchema, raw);
		if (!parsed.ok) return { failed: fail(400, { op: 'saveQuestion', target: questionId, values, errors: parsed.errors }) };
		const action = parseChoiceAction(form.get('_choice'));
		const change: Change = ({ definition, newId }) => {
			const q = findQuestion(definition, questionId);
			if (!q) return { ok: false, error: 'not_found' };
			const merged = mergeQuestionEdit(q, parsed.data, action, () => newId(q.type === 'matrix' ? 'i' : 'o'));
			return merged.ok ? replaceQuestion(definition, merged.question) : merged;
		};
		return { op: 'edit_question', change, at: { lang: langOf(field(form, 'lang')), question: () => questionId, target: questionId, values } };
	},
	moveQuestion(form: FormData): BuilderStep {
		const id = field(form, 'questionId');
		return { op: 'move_question', change: ({ definition }) => moveQuestion(definition, id, by(form)), at: { lang: langOf(field(form, 'lang')) } };
	},
	deleteQuestion(form: FormData): BuilderStep {
		return { op: 'delete_question', change: ({ definition }) => deleteQuestion(definition, field(form, 'questionId')), at: { lang: langOf(field(form, 'lang')) } };
	}
};
