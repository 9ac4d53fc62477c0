/**
 * The application form as sent: the fixed fields (applicationSchema) and the cohort's own questions
 * (the survey answer domain), checked together so the page shows every problem at once and keeps
 * everything typed. Sector keys must be a directory category or a social-enterprise field
 * (the same keys a mentor's profile names, mentors/choices.ts).
 */
import { localized } from '$lib/domain/localized';
import { keepVisible, parseAnswers, validateAnswers } from '$lib/domain/survey/answers';
import type { SurveyAnswers, SurveyDefinition } from '$lib/domain/survey/types';
import { applicationSchema, type ApplicationInput } from '$lib/forms/programmes';
import { parseWith, typedValues, type FieldErrors } from '$lib/forms/parse';
import { sortLatvian } from '$lib/text/collation';
import type { Db } from '../db/types';
import { listTerritoriesByKind } from '../geography/territories-repository';
import { sectorGroups } from '../mentors/choices';

export type Choice = { value: string; label: string };
export type ChoiceGroup = { label: string; options: Choice[] };

/**
 * The municipalities and the sectors, grouped as the mentor profile offers them (the social fields,
 * then each directory category with its children): the matcher compares the keys as they are.
 */
export async function applicationChoices(db: Db, locale: string): Promise<{ municipalities: { id: number; name: string }[]; sectorGroups: ChoiceGroup[]; sectors: Choice[] }> {
	const [territories, groups] = await Promise.all([listTerritoriesByKind(db, 'municipality'), sectorGroups(db, locale)]);
	const municipalities = sortLatvian(
		territories.map((t) => ({ id: t.id, name: localized(t.name, locale) })),
		(t) => t.name
	);
	return { municipalities, sectorGroups: groups, sectors: groups.flatMap((g) => g.options) };
}

export type ParsedApplication =
	| { ok: true; data: ApplicationInput; answers: SurveyAnswers }
	| { ok: false; errors: FieldErrors; answerErrors: Record<string, string>; values: Record<string, string | string[]>; answers: SurveyAnswers };

export function parseApplication(form: FormData, definition: SurveyDefinition, choices: { municipalities: { id: number }[]; sectors: Choice[] }): ParsedApplication {
	const values = typedValues(form);
	const raw = { ...Object.fromEntries(['name', 'email', 'municipalityId', 'needs', 'consent'].map((k) => [k, form.get(k) ?? undefined])), languages: form.getAll('languages'), sectors: form.getAll('sectors') };
	const parsed = parseWith(applicationSchema, raw);
	const errors: FieldErrors = parsed.ok ? {} : parsed.errors;
	const municipalityIds = new Set(choices.municipalities.map((t) => t.id));
	if (parsed.ok && parsed.data.municipalityId !== undefined && !municipalityIds.has(parsed.data.municipalityId)) errors.municipalityId = 'invalid';
	const sectorKeys = new Set(choices.sectors.map((s) => s.value));
	if (parsed.ok && parsed.data.sectors.some((s) => !sectorKeys.has(s))) errors.sectors = 'invalid';
	const all = parseAnswers(definition, form.entries());
	const answers = keepVisible(definition, all);
	const answerErrors = validateAnswers(definition, all, { final: true, municipalityIds });
	if (!parsed.ok || Object.keys(errors).length || Object.keys(answerErrors).length) return { ok: false, errors, answerErrors, values, answers: all };
	return { ok: true, data: parsed.data, answers };
}
