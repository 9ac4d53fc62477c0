/**
 * Answering a survey (issue 16): the public form's load and its one action. Everything a response
 * is — the rate-limit counter, the response row, the invitation marked answered, the respondent
 * recorded — commits in one transaction or not at all. Dates only, never times, and in an
 * anonymous survey nothing ties the response to the person or the invitation.
 */
import { keepVisible, parseAnswers, validateAnswers, type AnswerError } from '$lib/domain/survey/answers';
import { rigaMoment } from '$lib/domain/riga-time';
import type { SurveyAnswers, SurveyDefinition } from '$lib/domain/survey/types';
import { config } from '../config/env';
import type { Db } from '../db/types';
import { consumeRateLimit } from '../rate-limit/rate-limit';
import { findInvitationByTokenHash, markInvitationResponded, type InvitationForAnswer } from './invitations-repository';
import { hasResponded, recordRespondent } from './respondents-repository';
import { findInProgressOfPerson, findResponseByResumeHash, insertResponse, setResumeHash, updateResponse, type ResponseInProgress } from './responses-repository';
import { findSurveyBySlug, findSurveyVersion, type SurveyRow } from './surveys-repository';
import { hashSurveyToken, isSurveyTokenShape, newSurveyToken } from './tokens';
import { mailResumeLink } from './answer-mails';
import { respondentAttributes } from './attributes';

export const SURVEY_RESPONSE_LIMITS = {
	// behind a shared NAT (a village library, a training room) one address is many respondents
	get perIp() {
		return { limit: config().SURVEY_RESPONSES_PER_IP_HOUR, windowSeconds: 3600 };
	}
};

/** Why a link cannot be answered (shown instead of, or above, the form). */
export type Refusal = 'closed' | 'already_answered' | 'invitation_unknown' | 'invitation_needed' | 'resume_unknown' | 'rate_limited';

export type AnswerPage = {
	survey: SurveyRow;
	definition: SurveyDefinition;
	/** Answers saved earlier (a resume link), else empty. */
	answers: SurveyAnswers;
	refusal: Refusal | null;
};

export type Links = { invitationToken?: string | null; resumeToken?: string | null };

const day = (now: Date) => rigaMoment(now).date;
/** Closed by an editor, or past its closing time (even before anything marks it closed). */
const isClosed = (survey: SurveyRow, now: Date) => survey.status === 'closed' || (survey.closesAt !== null && survey.closesAt <= now);

/** Null for an unknown slug or a draft (the public never sees a draft). */
async function openSurvey(db: Db, slug: string): Promise<{ survey: SurveyRow; definition: SurveyDefinition } | null> {
	const survey = await findSurveyBySlug(db, slug);
	if (!survey || survey.status === 'draft') return null;
	const definition = await findSurveyVersion(db, survey.id, survey.currentVersion);
	return definition ? { survey, definition } : null;
}

type Context = { invitation: InvitationForAnswer | null; resumed: ResponseInProgress | null; refusal: Refusal | null };

async function context(db: Db, survey: SurveyRow, links: Links): Promise<Context> {
	let invitation: InvitationForAnswer | null = null;
	let resumed: ResponseInProgress | null = null;
	if (links.invitationToken) {
		invitation = isSurveyTokenShape(links.invitationToken) ? await findInvitationByTokenHash(db, survey.id, hashSurveyToken(links.invitationToken)) : null;
		if (!invitation) return { invitation, resumed, refusal: 'invitation_unknown' };
		if (invitation.status === 'responded' || (await hasResponded(db, survey.id, invitation.personId))) return { invitation, resumed, refusal: 'already_answered' };
	}
	if (links.resumeToken) {
		resumed = isSurveyTokenShape(links.resumeToken) ? await findResponseByResumeHash(db, survey.id, hashSurveyToken(links.resumeToken)) : null;
		if (!resumed) return { invitation, resumed, refusal: 'resume_unknown' };
	}
	// identified answers need a known person, and a survey for attendees is theirs alone: both take the invitation link
	if ((survey.mode === 'identified' || survey.audience !== 'link') && !invitation && !resumed) return { invitation, resumed, refusal: 'invitation_needed' };
	return { invitation, resumed, refusal: null };
}

export async function loadAnswerPage(db: Db, slug: string, links: Links, now = new Date()): Promise<AnswerPage | null> {
	const found = await openSurvey(db, slug);
	if (!found) return null;
	const { survey, definition } = found;
	if (isClosed(survey, now)) return { survey, definition, answers: {}, refusal: 'closed' };
	const c = await context(db, survey, links);
	return { survey, definition, answers: c.resumed?.answers ?? {}, refusal: c.refusal };
}

export type AnswerInput = Links & {
	slug: string;
	locale: string;
	entries: Iterable<[string, FormDataEntryValue | string]>;
	/** submit: final answers; save: keep them for later (nothing is required yet). */
	intent: 'submit' | 'save';
	ip: string;
	municipalityIds?: ReadonlySet<number>;
	now?: Date;
};

export type AnswerResult =
	| { ok: true; kind: 'submitted' }
	| { ok: true; kind: 'saved'; resumeToken: string; mailed: boolean }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'invalid' | Refusal; answers: SurveyAnswers; errors: Record<string, AnswerError> };

class Refused extends Error {
	constructor(readonly reason: Refusal) {
		super(`survey answer refused: ${reason}`);
	}
}

export async function answerSurvey(db: Db, input: AnswerInput): Promise<AnswerResult> {
	const now = input.now ?? new Date();
	const found = await openSurvey(db, input.slug);
	if (!found) return { ok: false, reason: 'not_found' };
	const { survey, definition } = found;
	const final = input.intent === 'submit';
	// what was typed comes back whatever the refusal, so nothing is lost
	const typed = parseAnswers(definition, input.entries);
	const answers = keepVisible(definition, typed);
	if (isClosed(survey, now)) return { ok: false, reason: 'closed', answers: typed, errors: {} };
	const errors = validateAnswers(definition, answers, { final, municipalityIds: input.municipalityIds });
	if (Object.keys(errors).length) return { ok: false, reason: 'invalid', answers: typed, errors };
	try {
		return await db.transaction(async (tx) => {
			const c = await context(tx, survey, input);
			if (c.refusal) throw new Refused(c.refusal);
			const { invitation, resumed } = c;
			// only an open link with nothing else to limit it counts against the address
			if (!invitation && !resumed) {
				const byIp = await consumeRateLimit(tx, { key: `survey:ip:${survey.id}:${input.ip}`, ...SURVEY_RESPONSE_LIMITS.perIp });
				if (!byIp.allowed) throw new Refused('rate_limited');
			}
			const personId = survey.mode === 'identified' ? (invitation?.personId ?? resumed?.personId ?? null) : null;
			const values = { answers, language: input.locale, version: survey.currentVersion };
			if (!final) {
				const resumeToken = await save(tx, survey, values, personId, resumed, input.resumeToken, now);
				// a new link of a known person is mailed too (with the answers' page it is the only way back)
				const mailed = !!personId && resumeToken !== input.resumeToken;
				if (mailed) await mailResumeLink(tx, { personId, locale: input.locale, slug: survey.slug, title: survey.title, invitationToken: input.invitationToken, resumeToken });
				return { ok: true, kind: 'saved', resumeToken, mailed } as const;
			}
			const existing = resumed?.id ?? (personId ? await findInProgressOfPerson(tx, survey.id, personId) : null);
			// the facts results are broken down by, from the invited person's attendance even in an anonymous survey
			const attributes = await respondentAttributes(tx, survey, invitation?.personId ?? resumed?.personId ?? null, definition, answers);
			if (existing) {
				if (!(await updateResponse(tx, existing, { ...values, submittedOn: day(now), attributes }))) throw new Refused('already_answered');
			} else {
				await insertResponse(tx, { surveyId: survey.id, ...values, personId, state: 'submitted', startedOn: day(now), submittedOn: day(now), resumeTokenHash: null, attributes });
			}
			if (invitation) {
				const marked = await markInvitationResponded(tx, invitation.id, day(now));
				const recorded = await recordRespondent(tx, survey.id, invitation.personId, day(now));
				if (!marked || !recorded) throw new Refused('already_answered');
			}
			return { ok: true, kind: 'submitted' } as const;
		});
	} catch (e) {
		if (e instanceof Refused) return { ok: false, reason: e.reason, answers: typed, errors: {} };
		throw e;
	}
}

/** Save for later: the same row again (its link stays), else a new row with a new link. */
async function save(
	tx: Db,
	survey: SurveyRow,
	values: { answers: SurveyAnswers; language: string; version: number },
	personId: string | null,
	resumed: ResponseInProgress | null,
	resumeToken: string | null | undefined,
	now: Date
): Promise<string> {
	if (resumed && resumeToken) {
		await updateResponse(tx, resumed.id, { ...values, submittedOn: null });
		return resumeToken;
	}
	const token = newSurveyToken();
	const existing = personId ? await findInProgressOfPerson(tx, survey.id, personId) : null;
	if (existing) {
		await updateResponse(tx, existing, { ...values, submittedOn: null });
		await setResumeHash(tx, existing, hashSurveyToken(token));
	} else {
		await insertResponse(tx, { surveyId: survey.id, ...values, personId, state: 'in_progress', startedOn: day(now), submittedOn: null, resumeTokenHash: hashSurveyToken(token) });
	}
	return token;
}
