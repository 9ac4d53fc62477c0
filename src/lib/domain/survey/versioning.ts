/**
 * Whether a new definition would make answers already given to the old one unreadable or
 * misleading. Answers are stored by question, option and item ids, so anything that removes an id
 * or changes what a stored value means (a question's type, a scale's range) breaks them; texts,
 * new questions, new options and order do not. Relabelling an option cannot be told apart from
 * fixing a typo, so it is allowed in place (the editor is trusted with meaning).
 */
import type { SurveyDefinition, SurveyQuestion } from './types';

const questionsOf = (d: SurveyDefinition): Map<string, SurveyQuestion> => new Map(d.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));

const idsOf = (list: { id: string }[]) => list.map((x) => x.id);
const keepsAll = (before: string[], after: string[]) => before.every((id) => after.includes(id));

/** Why a question's stored answers would break, or null when they stay readable. */
export function breakingChange(before: SurveyQuestion, after: SurveyQuestion | undefined): 'removed' | 'type' | 'option_removed' | 'scale' | null {
	if (!after) return 'removed';
	if (after.type !== before.type) return 'type';
	if ((before.type === 'single' || before.type === 'multi') && (after.type === 'single' || after.type === 'multi')) {
		return keepsAll(idsOf(before.options), idsOf(after.options)) ? null : 'option_removed';
	}
	if (before.type === 'matrix' && after.type === 'matrix') {
		if (!keepsAll(idsOf(before.items), idsOf(after.items))) return 'option_removed';
		return before.scale.min === after.scale.min && before.scale.max === after.scale.max ? null : 'scale';
	}
	if (before.type === 'scale' && after.type === 'scale') {
		return before.scale.min === after.scale.min && before.scale.max === after.scale.max ? null : 'scale';
	}
	return null;
}

/** True when some answer given to `before` could be misread under `after`. */
export function breaksAnswers(before: SurveyDefinition, after: SurveyDefinition): boolean {
	const next = questionsOf(after);
	for (const [id, q] of questionsOf(before)) if (breakingChange(q, next.get(id))) return true;
	return false;
}
