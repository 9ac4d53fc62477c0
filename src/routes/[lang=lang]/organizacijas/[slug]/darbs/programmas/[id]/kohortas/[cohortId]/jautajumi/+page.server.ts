import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { addQuestion, addSection, deleteQuestion, deleteSection, findQuestion, moveQuestion, moveSection, newQuestion, renameSection, replaceQuestion } from '$lib/domain/survey/builder-ops';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { lines, newQuestionSchema, questionEditSchema, sectionTitleSchema } from '$lib/forms/survey';
import { LOCALES } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { changeApplicationForm } from '$lib/server/programmes/form-flow';
import { programmesPath, routeCohort } from '$lib/server/programmes/route-helpers';
import type { Change } from '$lib/server/surveys/builder-flow';
import { conditionChoices, questionName, questionValues } from '$lib/server/surveys/builder-view';
import { mergeQuestionEdit, parseChoiceAction } from '$lib/server/surveys/question-edit';
import { workspaceScope } from '$lib/server/workspace/access';

/**
 * A cohort's application form, edited with the survey builder: the same pure operations and the
 * same components (SurveySectionBlock posts to these action names), saved on the cohort in place.
 */
type Lang = (typeof LOCALES)[number];
const langOf = (v: string | null | undefined): Lang => ((LOCALES as readonly string[]).includes(v ?? '') ? (v as Lang) : 'lv');

export const load: PageServerLoad = async (event) => {
	const { organisation, programme, cohort } = await routeCohort(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const definition = cohort.applicationForm;
	const lang = langOf(event.url.searchParams.get('valoda'));
	const editing = event.url.searchParams.get('jautajums');
	const question = editing ? findQuestion(definition, editing) : undefined;
	const locale = langOf(event.params.lang);
	return {
		programme: { id: programme.id, title: programme.title.lv },
		cohort: { id: cohort.id, title: cohort.title.lv },
		definition,
		lang,
		canEdit: can(principal, 'update:programme', { organisationId: organisation.id }),
		editing: question
			? { question, values: questionValues(question, lang), conditions: conditionChoices(definition, question.id, lang, m.survey_build_yes({}, { locale }), m.survey_build_no({}, { locale })) }
			: null,
		saved: event.url.searchParams.has('saglabats')
	};
};

/** Runs a change; on success back to the page (same language, at the question), else the page with the refusal. */
async function run(event: RequestEvent, userId: string, op: string, change: Change, at: { lang: Lang; question?: () => string | undefined; target?: string; values?: Record<string, string | string[]> }) {
	const { organisation, programme, cohort } = await routeCohort(event);
	const result = await changeApplicationForm(db(), { actorUserId: userId, organisationId: organisation.id, programmeId: programme.id, cohortId: cohort.id, op, change });
	if (!result.ok) {
		if (result.reason === 'invalid') return fail(400, { op, target: at.target, values: at.values, errors: result.errors });
		return fail(400, { op, target: at.target, values: at.values, errors: {}, refusal: { error: result.reason === 'refused' ? result.error : 'invalid', question: questionName(cohort.applicationForm, result.reason === 'refused' ? result.detail : undefined) } });
	}
	const q = at.question?.();
	const params = new URLSearchParams({ valoda: at.lang, ...(q ? { jautajums: q } : {}), saglabats: '1' });
	redirect(303, `${programmesPath(event.params.lang ?? 'lv', organisation.slug)}/${programme.id}/kohortas/${cohort.id}/jautajumi?${params}${q ? `#${q}` : ''}`);
}

const field = (form: FormData, name: string) => String(form.get(name) ?? '');
const by = (form: FormData): -1 | 1 => (field(form, 'by') === 'up' ? -1 : 1);

export const actions: Actions = {
	addSection: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		const form = await event.request.formData();
		const parsed = parseWith(sectionTitleSchema, { lang: 'lv', title: form.get('title') });
		if (!parsed.ok) return fail(400, { op: 'addSection', values: typedValues(form), errors: parsed.errors });
		const title = parsed.data.title ? { lv: parsed.data.title } : undefined;
		return run(event, principal.userId, 'add_section', ({ definition, newId }) => addSection(definition, { id: newId('s'), ...(title ? { title } : {}), questions: [] }), { lang: langOf(field(form, 'lang')) });
	},
	renameSection: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		const form = await event.request.formData();
		const sectionId = field(form, 'sectionId');
		const parsed = parseWith(sectionTitleSchema, { lang: form.get('lang'), title: form.get(`${sectionId}.title`) });
		if (!parsed.ok) return fail(400, { op: 'renameSection', target: sectionId, values: typedValues(form), errors: parsed.errors });
		const { lang, title } = parsed.data;
		const change: Change = ({ definition }) => {
			const before = definition.sections.find((s) => s.id === sectionId)?.title;
			const next = { ...(before ?? { lv: '' }), [lang]: title ?? '' };
			if (lang !== 'lv' && !title) delete next[lang];
			if (lang !== 'lv' && title && !next.lv) return { ok: false, errors: { title: 'survey_build_lv_first' } };
			return renameSection(definition, sectionId, next.lv || next.en || next.ro || next.ru ? next : undefined);
		};
		return run(event, principal.userId, 'rename_section', change, { lang, target: sectionId, values: typedValues(form) });
	},
	deleteSection: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		const form = await event.request.formData();
		return run(event, principal.userId, 'delete_section', ({ definition }) => deleteSection(definition, field(form, 'sectionId')), { lang: langOf(field(form, 'lang')) });
	},
	moveSection: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		const form = await event.request.formData();
		return run(event, principal.userId, 'move_section', ({ definition }) => moveSection(definition, field(form, 'sectionId'), by(form)), { lang: langOf(field(form, 'lang')) });
	},
	addQuestion: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		const form = await event.request.formData();
		const values = typedValues(form);
		const target = field(form, 'sectionId');
		const fields = formValues(form)[target];
		const parsed = parseWith(newQuestionSchema, { ...(typeof fields === 'object' ? fields : {}), sectionId: target });
		if (!parsed.ok) return fail(400, { op: 'addQuestion', target, values, errors: parsed.errors });
		const d = parsed.data;
		let id: string | undefined;
		const change: Change = ({ definition, newId }) => {
			id = newId('q');
			const choices = lines(d.choices);
			const needsChoices = d.type === 'single' || d.type === 'multi' || d.type === 'matrix';
			if (needsChoices && choices.length < 2) return { ok: false, errors: { choices: 'survey_build_two_choices' } };
			return addQuestion(definition, d.sectionId, newQuestion(d.type, id, d.text, needsChoices ? choices : [], () => newId(d.type === 'matrix' ? 'i' : 'o')));
		};
		return run(event, principal.userId, 'add_question', change, { lang: 'lv', question: () => id, target, values });
	},
	saveQuestion: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		const form = await event.request.formData();
		const values = typedValues(form);
		const questionId = field(form, 'questionId');
		const raw = formValues(form);
		// the condition's checkboxes name their question ("q2:o1"): only the chosen question's count
		const on = field(form, 'conditionOn');
		raw.conditionAnyOf = form.getAll('conditionAnyOf').map(String).filter((v) => on && v.startsWith(`${on}:`)).map((v) => v.slice(on.length + 1));
		const parsed = parseWith(questionEditSchema, raw);
		const lang = langOf(field(form, 'lang'));
		if (!parsed.ok) return fail(400, { op: 'saveQuestion', target: questionId, values, errors: parsed.errors });
		const action = parseChoiceAction(form.get('_choice'));
		const change: Change = ({ definition, newId }) => {
			const q = findQuestion(definition, questionId);
			if (!q) return { ok: false, error: 'not_found' };
			const merged = mergeQuestionEdit(q, parsed.data, action, () => newId(q.type === 'matrix' ? 'i' : 'o'));
			return merged.ok ? replaceQuestion(definition, merged.question) : merged;
		};
		return run(event, principal.userId, 'edit_question', change, { lang, question: () => questionId, target: questionId, values });
	},
	moveQuestion: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		const form = await event.request.formData();
		const id = field(form, 'questionId');
		return run(event, principal.userId, 'move_question', ({ definition }) => moveQuestion(definition, id, by(form)), { lang: langOf(field(form, 'lang')) });
	},
	deleteQuestion: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		const form = await event.request.formData();
		return run(event, principal.userId, 'delete_question', ({ definition }) => deleteQuestion(definition, field(form, 'questionId')), { lang: langOf(field(form, 'lang')) });
	}
};
