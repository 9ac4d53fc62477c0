/**
 * Saving a change to a survey's questions. The change is a pure operation on the current
 * definition (domain/survey/builder-ops.ts); the result must pass definitionSchema. When answers
 * were already given to the current version and the change would break them (versioning.ts), the
 * result becomes a new version and those answers stay with theirs; otherwise the current version
 * is updated in place. One transaction with its audit entry; the route authorizes first.
 */
import { nextId, type IdKind, type OpResult } from '$lib/domain/survey/builder-ops';
import { definitionSchema, type SurveyDefinition } from '$lib/domain/survey/types';
import { breaksAnswers } from '$lib/domain/survey/versioning';
import type { FieldErrors } from '$lib/forms/parse';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { countResponsesOnVersion, insertCurrentVersion, updateVersionDefinition } from './builder-repository';
import { ownSurvey } from './settings-flow';
import { listSurveyVersions } from './surveys-repository';

/** What an operation may use: the current definition and fresh ids never used in any version. */
export type ChangeContext = { definition: SurveyDefinition; newId: (kind: IdKind) => string };
export type Change = (ctx: ChangeContext) => OpResult | { ok: false; errors: FieldErrors };

export type DefinitionResult =
	| { ok: true; version: number; newVersion: boolean; previousVersion: number }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'refused'; error: string; detail?: string }
	| { ok: false; reason: 'invalid'; errors: FieldErrors };

export async function changeDefinition(db: Db, input: { actorUserId: string; organisationId: string; surveyId: string; op: string; change: Change }, now = new Date()): Promise<DefinitionResult> {
	return db.transaction(async (tx) => {
		const survey = await ownSurvey(tx, input.organisationId, input.surveyId);
		if (!survey) return { ok: false, reason: 'not_found' } as const;
		const versions = await listSurveyVersions(tx, survey.id);
		const current = versions.find((v) => v.version === survey.currentVersion)?.definition;
		if (!current) return { ok: false, reason: 'not_found' } as const;
		// ids handed out within this change count as used too
		const counters = new Map<IdKind, number>();
		const newId = (kind: IdKind) => {
			const n = counters.get(kind) ?? Number(nextId(kind, versions.map((v) => v.definition)).slice(1));
			counters.set(kind, n + 1);
			return `${kind}${n}`;
		};
		const result = input.change({ definition: current, newId });
		if (!result.ok) return 'errors' in result ? ({ ok: false, reason: 'invalid', errors: result.errors } as const) : ({ ok: false, reason: 'refused', error: result.error, detail: result.detail } as const);
		const parsed = definitionSchema.safeParse(result.definition);
		if (!parsed.success) return { ok: false, reason: 'refused', error: 'invalid', detail: parsed.error.issues[0]?.path.join('.') } as const;

		const answered = (await countResponsesOnVersion(tx, survey.id, survey.currentVersion)) > 0;
		const newVersion = answered && breaksAnswers(current, parsed.data);
		const version = newVersion ? survey.currentVersion + 1 : survey.currentVersion;
		if (newVersion) await insertCurrentVersion(tx, survey.id, version, parsed.data, now);
		else await updateVersionDefinition(tx, survey.id, version, parsed.data, now);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'survey.questions', entityType: 'survey', entityId: survey.id, details: { slug: survey.slug, op: input.op, version, newVersion } });
		return { ok: true, version, newVersion, previousVersion: survey.currentVersion } as const;
	});
}
