import { attachAll } from './attach';

/**
 * The survey answer form's conditions, live: a question marked `data-show-if='{"q":"q1","any":["o3"]}'`
 * is shown only while question q1 (itself shown) has one of those answers. Without this island
 * every question is shown with its condition written as a hint, and the server ignores answers
 * whose condition is not met — so hiding here changes nothing that is stored.
 */
type Rule = { q: string; any: string[] };

function chosenValues(form: HTMLFormElement, questionId: string): string[] {
	const fields = form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="q_${CSS.escape(questionId)}"]`);
	return [...fields].filter((f) => !(f instanceof HTMLInputElement) || !['radio', 'checkbox'].includes(f.type) || f.checked).map((f) => f.value);
}

function update(form: HTMLFormElement): void {
	// document order: a condition always refers to an earlier question, whose state is already settled
	for (const question of form.querySelectorAll<HTMLElement>('[data-show-if]')) {
		const rule = JSON.parse(question.dataset.showIf ?? '{}') as Rule;
		const source = form.querySelector<HTMLElement>(`#question-${CSS.escape(rule.q)}`);
		question.hidden = !(source && !source.hidden && chosenValues(form, rule.q).some((v) => rule.any.includes(v)));
	}
}

export function enhanceSurveyConditions(form: HTMLFormElement): void {
	form.addEventListener('change', () => update(form));
	update(form);
}

attachAll('survey-conditions', enhanceSurveyConditions);
