/**
 * Saving a change to a cohort's application form with the survey builder's pure operations
 * (domain/survey/builder-ops.ts). There are no versions here: the form is edited in place and the
 * answers already given keep their question ids. So a new id is one past the highest in the form
 * and in every stored answer (question ids, option ids): a removed question's id is never reused
 * for a different question. One transaction with its audit entry; the route authorizes first.
 */
import type { IdKind } from '$lib/domain/survey/builder-ops';
import { definitionSchema, type SurveyAnswers, type SurveyDefinition } from '$lib/domain/survey/types';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import type { Change, DefinitionResult } from '../surveys/builder-flow';
import { answersOfCohort } from './applications-repository';
import { findCohortOfProgramme, updateApplicationForm } from './cohorts-repository';
import { findOwnProgramme } from './programmes-repository';

/** Every id a definition and the answers name. */
function idsIn(d: SurveyDefinition, answers: SurveyAnswers[]): string[] {
	const out: string[] = [];
	for (const s of d.sections) {
		out.push(s.id);
		for (const q of s.questions) {
			out.push(q.id);
			if ('options' in q) out.push(...q.options.map((o) => o.id));
			if ('items' in q) out.push(...q.items.map((o) => o.id));
		}
	}
	for (const a of answers) {
		for (const [k, v] of Object.entries(a)) {
			out.push(k);
			if (typeof v === 'string') out.push(v);
			else if (Array.isArray(v)) out.push(...v);
			else if (v && typeof v === 'object') out.push(...Object.keys(v));
		}
	}
	return out;
}

export function idMaker(used: string[]): (kind: IdKind) => string {
	const counters = new Map<IdKind, number>();
	return (kind) => {
		let n = counters.get(kind);
		if (n === undefined) {
			n = 1;
			for (const id of used) n = Math.max(n, Number(new RegExp(`^${kind}(\\d+)$`).exec(id)?.[1] ?? 0) + 1);
		}
		counters.set(kind, n + 1);
		return `${kind}${n}`;
	};
}

export async function changeApplicationForm(db: Db, input: { actorUserId: string; organisationId: string; programmeId: string; cohortId: string; op: string; change: Change }, now = new Date()): Promise<DefinitionResult> {
	return db.transaction(async (tx) => {
		const programme = await findOwnProgramme(tx, input.organisationId, input.programmeId);
		const cohort = programme ? await findCohortOfProgramme(tx, programme.id, input.cohortId) : null;
		if (!cohort) return { ok: false, reason: 'not_found' } as const;
		const current = cohort.applicationForm;
		const newId = idMaker(idsIn(current, await answersOfCohort(tx, cohort.id)));
		const result = input.change({ definition: current, newId });
		if (!result.ok) return 'errors' in result ? ({ ok: false, reason: 'invalid', errors: result.errors } as const) : ({ ok: false, reason: 'refused', error: result.error, detail: result.detail } as const);
		const parsed = definitionSchema.safeParse(result.definition);
		if (!parsed.success) return { ok: false, reason: 'refused', error: 'invalid', detail: parsed.error.issues[0]?.path.join('.') } as const;
		await updateApplicationForm(tx, cohort.id, parsed.data, now);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'cohort.form', entityType: 'cohort', entityId: cohort.id, details: { op: input.op } });
		return { ok: true, version: 1, newVersion: false, previousVersion: 1 } as const;
	});
}
