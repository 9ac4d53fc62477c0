/**
 * A visitor's registration form checked against the event: required questions answered, a choice
 * one of the offered options, funder facts only those the event asks for (each optional), the
 * municipality a real one. Errors are field codes like the schema's.
 */
import type { RegistrationForm } from '$lib/forms/events';
import type { FieldErrors } from '$lib/forms/parse';
import type { EventQuestion } from '../db/schema';
import type { Db } from '../db/types';
import type { FunderFacts } from '../participation/participations-repository';
import { municipalityBySlug } from './lookups-repository';

export async function checkRegistration(
	db: Db,
	event: { questions: EventQuestion[]; funderFields: string[] },
	f: RegistrationForm
): Promise<{ ok: true; answers: Record<string, string>; facts: FunderFacts } | { ok: false; errors: FieldErrors }> {
	const errors: FieldErrors = {};
	const answers: Record<string, string> = {};
	for (const q of event.questions) {
		const a = (f.answers[q.id] ?? '').trim();
		if (!a) {
			if (q.required) errors[`answers.${q.id}`] = 'required';
			continue;
		}
		if (q.kind === 'yesno' && a !== 'yes' && a !== 'no') errors[`answers.${q.id}`] = 'invalid';
		else if (q.kind === 'choice' && !q.options.some((o) => o.lv === a)) errors[`answers.${q.id}`] = 'invalid';
		else answers[q.id] = a;
	}
	const asks = new Set(event.funderFields);
	const facts: FunderFacts = {
		gender: asks.has('gender') ? (f.gender ?? null) : null,
		ageBand: asks.has('age_band') ? (f.ageBand ?? null) : null,
		employmentStatus: asks.has('employment_status') ? (f.employmentStatus ?? null) : null,
		municipalityId: null
	};
	if (asks.has('municipality') && f.municipality) {
		facts.municipalityId = await municipalityBySlug(db, f.municipality);
		if (!facts.municipalityId) errors.municipality = 'invalid';
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers, facts };
}
