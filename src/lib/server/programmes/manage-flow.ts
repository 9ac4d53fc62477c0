/**
 * Staff saving programmes and cohorts (issue 17). Each save is one transaction with its audit
 * entry; the route authorizes first. A cohort's accepted participants carry the cohort's dates and
 * the programme's project (reports filter on them), so a change to either is copied to them.
 */
import type { CohortInput, ProgrammeInput } from '$lib/forms/programmes';
import type { FieldErrors } from '$lib/forms/parse';
import { latvianSortKey } from '$lib/text/collation';
import { slugify, uniqueSlug } from '$lib/text/slug';
import { rigaEndOfDay, rigaMidnight } from '$lib/domain/programme/phase';
import { recordAudit } from '../audit/audit-repository';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';
import { updateActivityScope } from '../participation/participations-repository';
import { cohortSlugsLike, findCohortOfProgramme, insertCohort, listCohortsOfProgrammes, updateCohort, type CohortRow, type CohortValues } from './cohorts-repository';
import { isProgrammePlace, isProjectOf } from './lookups-repository';
import { deleteProgramme, findOwnProgramme, insertProgramme, programmeSlugsLike, updateProgramme, type ProgrammeRow } from './programmes-repository';

export type SaveResult = { ok: true; id: string } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'invalid'; errors: FieldErrors };

const text = (t: Partial<LocalizedText> | undefined): LocalizedText => ({ lv: '', ...(t ?? {}) }) as LocalizedText;

/** A new cohort's application form: one empty section (the builder adds questions to it). */
export const EMPTY_FORM = { sections: [{ id: 's1', questions: [] }] };

/** The cohort's participations follow its dates and its programme's project. */
export function cohortActivity(c: Pick<CohortRow, 'id' | 'startsOn' | 'endsOn'>, p: Pick<ProgrammeRow, 'organisationId' | 'projectId'>) {
	return { activityKind: 'cohort' as const, activityId: c.id, organisationId: p.organisationId, projectId: p.projectId, activityStartsAt: rigaMidnight(c.startsOn), activityEndsAt: rigaEndOfDay(c.endsOn) };
}

export async function saveProgramme(db: Db, input: { actorUserId: string; organisationId: string; programmeId: string | null; data: ProgrammeInput }, now = new Date()): Promise<SaveResult> {
	const d = input.data;
	return db.transaction(async (tx) => {
		const errors: FieldErrors = {};
		if (d.projectId && !(await isProjectOf(tx, input.organisationId, d.projectId))) errors.projectId = 'invalid';
		if (d.placeId && !(await isProgrammePlace(tx, d.placeId))) errors.placeId = 'invalid';
		if (Object.keys(errors).length) return { ok: false, reason: 'invalid', errors } as const;
		const values = {
			kind: d.kind,
			status: d.status,
			title: text(d.title),
			summary: text(d.summary),
			description: text(d.description),
			projectId: d.projectId ?? null,
			placeId: d.placeId ?? null,
			sortKey: latvianSortKey(d.title.lv)
		};
		let id = input.programmeId;
		if (id) {
			const before = await findOwnProgramme(tx, input.organisationId, id);
			if (!before) return { ok: false, reason: 'not_found' } as const;
			await updateProgramme(tx, id, values, now);
			if (before.projectId !== values.projectId) {
				for (const c of await listCohortsOfProgrammes(tx, [id])) await updateActivityScope(tx, cohortActivity(c, { organisationId: input.organisationId, projectId: values.projectId }));
			}
		} else {
			const taken = await programmeSlugsLike(tx, slugify(d.title.lv) || 'item');
			id = await insertProgramme(tx, { ...values, organisationId: input.organisationId, slug: uniqueSlug(d.title.lv, (s) => taken.has(s)), createdBy: input.actorUserId });
		}
		await recordAudit(tx, { actorUserId: input.actorUserId, action: input.programmeId ? 'programme.update' : 'programme.create', entityType: 'programme', entityId: id, details: { organisationId: input.organisationId, status: d.status, kind: d.kind } });
		return { ok: true, id } as const;
	});
}

export async function removeProgramme(db: Db, input: { actorUserId: string; organisationId: string; programmeId: string }): Promise<boolean> {
	return db.transaction(async (tx) => {
		const before = await findOwnProgramme(tx, input.organisationId, input.programmeId);
		if (!before) return false;
		await deleteProgramme(tx, before.id);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'programme.delete', entityType: 'programme', entityId: before.id, details: { organisationId: input.organisationId, slug: before.slug } });
		return true;
	});
}

function cohortValues(d: CohortInput): CohortValues {
	return {
		title: text(d.title),
		status: d.status,
		startsOn: d.startsOn,
		endsOn: d.endsOn,
		applicationsOpenAt: d.opensOn ? rigaMidnight(d.opensOn) : null,
		applicationsCloseAt: d.closesOn ? rigaEndOfDay(d.closesOn) : null,
		capacity: d.capacity ?? null,
		eligibility: text(d.eligibility),
		languages: d.languages,
		nudgeWeeks: d.nudgeWeeks ?? 3
	};
}

export async function saveCohort(db: Db, input: { actorUserId: string; organisationId: string; programmeId: string; cohortId: string | null; data: CohortInput }, now = new Date()): Promise<SaveResult> {
	return db.transaction(async (tx) => {
		const programme = await findOwnProgramme(tx, input.organisationId, input.programmeId);
		if (!programme) return { ok: false, reason: 'not_found' } as const;
		const values = cohortValues(input.data);
		let id = input.cohortId;
		if (id) {
			const before = await findCohortOfProgramme(tx, programme.id, id);
			if (!before) return { ok: false, reason: 'not_found' } as const;
			await updateCohort(tx, id, values, now);
			if (before.startsOn !== values.startsOn || before.endsOn !== values.endsOn) await updateActivityScope(tx, cohortActivity({ id, ...values }, programme));
		} else {
			const root = `${programme.slug}-${values.startsOn.slice(0, 7)}`;
			const taken = await cohortSlugsLike(tx, root);
			id = await insertCohort(tx, { ...values, programmeId: programme.id, slug: uniqueSlug(root, (s) => taken.has(s)), applicationForm: EMPTY_FORM });
		}
		await recordAudit(tx, { actorUserId: input.actorUserId, action: input.cohortId ? 'cohort.update' : 'cohort.create', entityType: 'cohort', entityId: id, details: { programmeId: programme.id, status: values.status } });
		return { ok: true, id } as const;
	});
}
