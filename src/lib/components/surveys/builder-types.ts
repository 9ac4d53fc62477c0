/** What the question builder's components receive: a refused action's answer, and the edited question. */
import type { SurveyQuestion } from '$lib/domain/survey/types';

export type BuilderLang = 'lv' | 'en' | 'ro' | 'ru';
export type BuilderForm = {
	op?: string;
	target?: string;
	values?: Record<string, string | string[]>;
	errors?: Record<string, string>;
	refusal?: { error: string; question: string };
} | null;
export type ConditionChoice = { id: string; label: string; values: { value: string; label: string }[] };
export type Editing = { question: SurveyQuestion; values: Record<string, string | string[]>; conditions: ConditionChoice[] } | null;
