/** The answer form's questions as the page shows them: texts already in the page's language (server/surveys/answer-view.ts). */
import type { SurveyQuestion } from './types';

export type Text = { text: string; lang: string };
export type Choice = { id: string; label: Text };
export type QuestionView = {
	id: string;
	type: SurveyQuestion['type'];
	text: Text;
	help: Text | null;
	required: boolean;
	/** "Answer if you chose …": the question asked and the choices that show this one. */
	condition: { questionId: string; anyOf: string[]; question: Text; choices: Text[] } | null;
	options: Choice[];
	items: Choice[];
	scale: { min: number; max: number; minLabel: Text | null; maxLabel: Text | null } | null;
	min: number | null;
	max: number | null;
	integer: boolean;
	minSelections: number | null;
	maxSelections: number | null;
};
export type SectionView = { id: string; title: Text | null; questions: QuestionView[] };
