/**
 * Creating a survey, editing its settings, opening and closing it, and deleting a draft nobody has
 * answered. Each change is one transaction with its audit entry. The route authorizes first
 * (create:survey, update:survey, delete:survey); these flows check the survey is the organisation's.
 */
import { latvianSortKey } from '$lib/text/collation';
import type { FieldErrors } from '$lib/forms/parse';
import type { SurveySettingsInput } from '$lib/forms/survey';
import { flatQuestions } from '$lib/domain/survey/builder-ops';
import { closingInstant } from '$lib/domain/survey/closing';
import type { SurveyDefinition } from '$lib/domain/survey/types';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { belongsToOrganisation } from '../library/links-repository';
import { freshSlug } from '../programme/slugs';
import { toLocalizedText } from '../projects/domain';
import { countResponses, deleteSurveyRow, setSurveyStatus, takenSurveySlugs, updateSurveyRow } from './builder-repository';
import { findSurvey, findSurveyVersion, insertSurvey, type SurveyRow, type SurveyStatus, type SurveyValues } from './surveys-repository';

type Actor = { actorUserId: string; organisationId: string };
export type SettingsResult = { ok: true; id: string; slug: string } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'invalid'; errors: FieldErrors };


async function valuesOf(db: Db, d: SurveySettingsInput, organisationId: string): Promise<{ values: SurveyValues } | { errors: FieldErrors }> {
	const errors: FieldErrors = {};
	// only the fields the audience uses are kept, and they must be the organisation's own
	const eventId = d.audience === 'event_attendees' ? (d.eventId ?? null) : null;
	const projectId = d.audience === 'project' ? (d.projectId ?? null) : null;
	if (eventId && !(await belongsToOrganisation(db, 'event', eventId, organisationId))) errors.eventId = 'invalid';
	if (projectId && !(await belongsToOrganisation(db, 'project', projectId, organisationId))) errors.projectId = 'invalid';
	if (Object.keys(errors).length) return { errors };
	return {
		values: {
			organisationId,
			eventId,
			projectId,
			title: toLocalizedText(d.title)!,
			intro: toLocalizedText(d.intro) ?? { lv: '' },
			audience: d.audience,
			mode: d.mode,
			closesAt: d.closesAt ? closingInstant(d.closesAt) : null,
			sortKey: latvianSortKey(d.title.lv)
		}
	};
}

const EMPTY: SurveyDefinition = { sections: [{ id: 's1', questions: [] }] };

export async function createSurvey(db: Db, input: Actor & { data: SurveySettingsInput }, now = new Date()): Promise<SettingsResult> {
	return db.transaction(async (tx) => {
		const v = await valuesOf(tx, input.data, input.organisationId);
		if ('errors' in v) return { ok: false, reason: 'invalid', errors: v.errors } as const;
		const slug = await freshSlug(input.data.title.lv, 'aptauja', (base) => takenSurveySlugs(tx, base));
		const id = await insertSurvey(tx, { ...v.values, slug, definition: EMPTY, createdBy: input.actorUserId, now });
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'survey.create', entityType: 'survey', entityId: id, details: { slug, organisationId: input.organisationId, audience: v.values.audience, mode: v.values.mode } });
		return { ok: true, id, slug } as const;
	});
}

/** The survey when it is this organisation's, else null (a 404 for the route). */
export async function ownSurvey(db: Db, organisationId: string, surveyId: string): Promise<SurveyRow | null> {
	if (!/^[0-9a-f-]{36}$/i.test(surveyId)) return null;
	const survey = await findSurvey(db, surveyId);
	return survey && survey.organisationId === organisationId ? survey : null;
}

export async function saveSurveySettings(db: Db, input: Actor & { surveyId: string; data: SurveySettingsInput }, now = new Date()): Promise<SettingsResult> {
	return db.transaction(async (tx) => {
		const survey = await ownSurvey(tx, input.organisationId, input.surveyId);
		if (!survey) return { ok: false, reason: 'not_found' } as const;
		const v = await valuesOf(tx, input.data, input.organisationId);
		if ('errors' in v) return { ok: false, reason: 'invalid', errors: v.errors } as const;
		// the mode is a promise to those who answered: an answered survey keeps it
		if (v.values.mode !== survey.mode && (await countResponses(tx, survey.id)) > 0) return { ok: false, reason: 'invalid', errors: { mode: 'survey_build_mode_locked' } } as const;
		const values = v.values;
		await updateSurveyRow(tx, survey.id, values, now);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'survey.update', entityType: 'survey', entityId: survey.id, details: { slug: survey.slug, audience: values.audience, mode: values.mode } });
		return { ok: true, id: survey.id, slug: survey.slug } as const;
	});
}

export type StatusResult = { ok: true; status: SurveyStatus } | { ok: false; reason: 'not_found' | 'no_questions' | 'not_allowed' };

/** draft → open, open → closed, closed → open. Opening needs at least one question. */
export async function changeSurveyStatus(db: Db, input: Actor & { surveyId: string; to: SurveyStatus }, now = new Date()): Promise<StatusResult> {
	return db.transaction(async (tx) => {
		const survey = await ownSurvey(tx, input.organisationId, input.surveyId);
		if (!survey) return { ok: false, reason: 'not_found' } as const;
		const allowed = input.to === 'open' ? survey.status !== 'open' : input.to === 'closed' ? survey.status === 'open' : false;
		if (!allowed) return { ok: false, reason: 'not_allowed' } as const;
		if (input.to === 'open') {
			const definition = await findSurveyVersion(tx, survey.id, survey.currentVersion);
			if (!definition || flatQuestions(definition).length === 0) return { ok: false, reason: 'no_questions' } as const;
		}
		await setSurveyStatus(tx, survey.id, input.to, now);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: `survey.${input.to === 'open' ? (survey.status === 'closed' ? 'reopen' : 'open') : 'close'}`, entityType: 'survey', entityId: survey.id, details: { slug: survey.slug } });
		return { ok: true, status: input.to } as const;
	});
}

/** Only a draft nobody has answered may go (answers are never thrown away by a click). */
export async function removeDraftSurvey(db: Db, input: Actor & { surveyId: string }): Promise<'deleted' | 'not_found' | 'not_allowed'> {
	return db.transaction(async (tx) => {
		const survey = await ownSurvey(tx, input.organisationId, input.surveyId);
		if (!survey) return 'not_found';
		if (survey.status !== 'draft' || (await countResponses(tx, survey.id)) > 0) return 'not_allowed';
		await deleteSurveyRow(tx, survey.id);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'survey.delete', entityType: 'survey', entityId: survey.id, details: { slug: survey.slug } });
		return 'deleted';
	});
}
