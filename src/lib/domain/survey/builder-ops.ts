/**
 * Pure changes to a survey definition, as the builder makes them. Each returns the new definition
 * or an error code the page explains; none mutates its input. Ids are "s1", "q1", "o1", "i1": the
 * next number is one past the highest ever used in any version of the survey, so an id that once
 * named something (and may still be in stored answers or conditions) never names something else.
 */
import type { SurveyDefinition, SurveyQuestion, SurveySection } from './types';

export type OpResult = { ok: true; definition: SurveyDefinition } | { ok: false; error: string; detail?: string };
export type IdKind = 's' | 'q' | 'o' | 'i';

const copy = (d: SurveyDefinition): SurveyDefinition => structuredClone(d);

function allIds(d: SurveyDefinition): string[] {
	return d.sections.flatMap((s) => [
		s.id,
		...s.questions.flatMap((q) => [q.id, ...('options' in q ? q.options.map((o) => o.id) : []), ...('items' in q ? q.items.map((o) => o.id) : [])])
	]);
}

/** The next unused id of a kind, counting every version given (the current one and all older). */
export function nextId(kind: IdKind, versions: SurveyDefinition[]): string {
	let max = 0;
	const pattern = new RegExp(`^${kind}(\\d+)$`);
	for (const d of versions) for (const id of allIds(d)) max = Math.max(max, Number(pattern.exec(id)?.[1] ?? 0));
	return `${kind}${max + 1}`;
}

/** Every question in reading order. */
export const flatQuestions = (d: SurveyDefinition): SurveyQuestion[] => d.sections.flatMap((s) => s.questions);

export function findQuestion(d: SurveyDefinition, id: string): SurveyQuestion | undefined {
	return flatQuestions(d).find((q) => q.id === id);
}

/** Questions that may be a condition of `questionId`: earlier single, multi and yes/no questions. */
export function conditionCandidates(d: SurveyDefinition, questionId: string): SurveyQuestion[] {
	const all = flatQuestions(d);
	const at = all.findIndex((q) => q.id === questionId);
	return all.slice(0, at < 0 ? all.length : at).filter((q) => q.type === 'single' || q.type === 'multi' || q.type === 'yes_no');
}

/** The values a condition on `q` may name: its option ids, or yes / no. */
export function conditionValues(q: SurveyQuestion): string[] {
	if (q.type === 'single' || q.type === 'multi') return q.options.map((o) => o.id);
	if (q.type === 'yes_no') return ['yes', 'no'];
	return [];
}

/** The first condition that is not on an earlier choice question's existing values, or null. */
export function conditionProblem(d: SurveyDefinition): { questionId: string; error: 'condition_order' | 'condition_value' } | null {
	for (const q of flatQuestions(d)) {
		if (!q.showIf) continue;
		const target = conditionCandidates(d, q.id).find((c) => c.id === q.showIf!.questionId);
		if (!target) return { questionId: q.id, error: 'condition_order' };
		const allowed = conditionValues(target);
		if (!q.showIf.anyOf.every((v) => allowed.includes(v))) return { questionId: q.id, error: 'condition_value' };
	}
	return null;
}

/** Checks what a structural change did to the conditions before accepting it. */
function checked(d: SurveyDefinition): OpResult {
	const problem = conditionProblem(d);
	return problem ? { ok: false, error: problem.error, detail: problem.questionId } : { ok: true, definition: d };
}

function sectionIndex(d: SurveyDefinition, sectionId: string): number {
	return d.sections.findIndex((s) => s.id === sectionId);
}

function locate(d: SurveyDefinition, questionId: string): { s: number; q: number } | null {
	for (let s = 0; s < d.sections.length; s++) {
		const q = d.sections[s].questions.findIndex((x) => x.id === questionId);
		if (q >= 0) return { s, q };
	}
	return null;
}

export function addSection(d: SurveyDefinition, section: SurveySection): OpResult {
	const next = copy(d);
	next.sections.push(section);
	return { ok: true, definition: next };
}

export function renameSection(d: SurveyDefinition, sectionId: string, title: SurveySection['title']): OpResult {
	const next = copy(d);
	const at = sectionIndex(next, sectionId);
	if (at < 0) return { ok: false, error: 'not_found' };
	next.sections[at].title = title;
	return { ok: true, definition: next };
}

/** A section goes with its questions; refused for the last section or when a remaining question depends on one of them. */
export function deleteSection(d: SurveyDefinition, sectionId: string): OpResult {
	const at = sectionIndex(d, sectionId);
	if (at < 0) return { ok: false, error: 'not_found' };
	if (d.sections.length === 1) return { ok: false, error: 'last_section' };
	const next = copy(d);
	const [gone] = next.sections.splice(at, 1);
	const goneIds = new Set(gone.questions.map((q) => q.id));
	const dependent = flatQuestions(next).find((q) => q.showIf && goneIds.has(q.showIf.questionId));
	if (dependent) return { ok: false, error: 'condition_target', detail: dependent.id };
	return { ok: true, definition: next };
}

export function moveSection(d: SurveyDefinition, sectionId: string, by: -1 | 1): OpResult {
	const at = sectionIndex(d, sectionId);
	const to = at + by;
	if (at < 0 || to < 0 || to >= d.sections.length) return { ok: false, error: 'not_found' };
	const next = copy(d);
	[next.sections[at], next.sections[to]] = [next.sections[to], next.sections[at]];
	return checked(next);
}

export function addQuestion(d: SurveyDefinition, sectionId: string, question: SurveyQuestion): OpResult {
	const next = copy(d);
	const at = sectionIndex(next, sectionId);
	if (at < 0) return { ok: false, error: 'not_found' };
	next.sections[at].questions.push(question);
	return checked(next);
}

/** The question with the same id replaced (its place kept). */
export function replaceQuestion(d: SurveyDefinition, question: SurveyQuestion): OpResult {
	const next = copy(d);
	const where = locate(next, question.id);
	if (!where) return { ok: false, error: 'not_found' };
	next.sections[where.s].questions[where.q] = question;
	// an option a later question's condition names must stay
	for (const q of flatQuestions(next)) {
		if (q.showIf?.questionId !== question.id) continue;
		const allowed = conditionValues(question);
		if (!q.showIf.anyOf.every((v) => allowed.includes(v))) return { ok: false, error: 'option_in_condition', detail: q.id };
	}
	return checked(next);
}

/** One place up or down in reading order; past a section's edge it moves into the neighbouring section. */
export function moveQuestion(d: SurveyDefinition, questionId: string, by: -1 | 1): OpResult {
	const where = locate(d, questionId);
	if (!where) return { ok: false, error: 'not_found' };
	const next = copy(d);
	const list = next.sections[where.s].questions;
	const to = where.q + by;
	if (to >= 0 && to < list.length) {
		[list[where.q], list[to]] = [list[to], list[where.q]];
	} else {
		const neighbour = next.sections[where.s + by];
		if (!neighbour) return { ok: false, error: 'not_found' };
		const [q] = list.splice(where.q, 1);
		if (by < 0) neighbour.questions.push(q);
		else neighbour.questions.unshift(q);
	}
	return checked(next);
}

/** Refused while another question's condition names it (the page says which). */
export function deleteQuestion(d: SurveyDefinition, questionId: string): OpResult {
	const where = locate(d, questionId);
	if (!where) return { ok: false, error: 'not_found' };
	const dependent = flatQuestions(d).find((q) => q.showIf?.questionId === questionId);
	if (dependent) return { ok: false, error: 'condition_target', detail: dependent.id };
	const next = copy(d);
	next.sections[where.s].questions.splice(where.q, 1);
	return { ok: true, definition: next };
}

/** A new question of a type with the parts its type needs: choices from lines of text (options or matrix items). */
export function newQuestion(type: SurveyQuestion['type'], id: string, text: string, choices: string[], ids: () => string): SurveyQuestion {
	const base = { id, text: { lv: text }, required: false };
	const labelled = choices.map((label) => ({ id: ids(), label: { lv: label } }));
	switch (type) {
		case 'single':
		case 'multi':
			return { ...base, type, options: labelled };
		case 'matrix':
			return { ...base, type, items: labelled, scale: { min: 1, max: 5 } };
		case 'scale':
			return { ...base, type, scale: { min: 1, max: 5 } };
		default:
			return { ...base, type };
	}
}
