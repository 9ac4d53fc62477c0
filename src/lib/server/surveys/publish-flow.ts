/**
 * Publishing a survey's results and picking the quotes the public page shows. The route authorizes
 * `publish:survey_results` first; each change runs in one transaction with its audit entry.
 */
import { questionsOf } from '$lib/domain/survey/results';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { findSurvey, findSurveyVersion } from './surveys-repository';
import { setResultsPublishedAt } from './publication-repository';
import { deleteQuote, insertQuote } from './quotes-repository';
import { isSubmittedResponseOf } from './response-reads-repository';

type Actor = { actorUserId: string | null; organisationId: string; surveyId: string };

/** Publishes (or withdraws) the results page. False when the survey is not the organisation's. */
export async function setResultsPublished(db: Db, input: Actor & { publish: boolean }, now = new Date()): Promise<boolean> {
	return db.transaction(async (tx) => {
		const survey = await findSurvey(tx, input.surveyId);
		if (!survey || survey.organisationId !== input.organisationId) return false;
		// publishing again keeps the first date: the page says since when the results are public
		const at = input.publish ? (survey.resultsPublishedAt ?? now) : null;
		await setResultsPublishedAt(tx, survey.id, at, now);
		await recordAudit(tx, {
			actorUserId: input.actorUserId,
			action: input.publish ? 'survey_results.publish' : 'survey_results.unpublish',
			entityType: 'survey',
			entityId: survey.id,
			details: { slug: survey.slug }
		});
		return true;
	});
}

/** Adds or removes a quote: only a submitted answer to a free-text question of this survey. */
export async function setQuote(db: Db, input: Actor & { responseId: string; questionId: string; pick: boolean }): Promise<boolean> {
	return db.transaction(async (tx) => {
		const survey = await findSurvey(tx, input.surveyId);
		if (!survey || survey.organisationId !== input.organisationId) return false;
		const def = await findSurveyVersion(tx, survey.id, survey.currentVersion);
		const q = def && questionsOf(def).find((x) => x.id === input.questionId);
		if (!q || (q.type !== 'short_text' && q.type !== 'long_text')) return false;
		if (!(await isSubmittedResponseOf(tx, survey.id, input.responseId))) return false;
		if (input.pick) await insertQuote(tx, survey.id, input.responseId, input.questionId);
		else if (!(await deleteQuote(tx, survey.id, input.responseId, input.questionId))) return false;
		await recordAudit(tx, {
			actorUserId: input.actorUserId,
			action: input.pick ? 'survey_results.quote_add' : 'survey_results.quote_remove',
			entityType: 'survey',
			entityId: survey.id,
			details: { questionId: input.questionId, responseId: input.responseId }
		});
		return true;
	});
}
