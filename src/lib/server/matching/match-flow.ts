/**
 * Matching decisions (issue 17). The coordinator confirms a proposal, swaps to another proposed
 * mentor, or overrides with any active mentor (even one without places left): one transaction
 * creates the pair (status proposed, the score and its parts, the override flag), queues a mail to
 * each side in their own language with their personal link, and records the decision. Each side
 * then accepts or declines from that link: both accepted → active from today; a decline → the pair
 * is declined, the coordinator is told, and the mentee shows on the board again.
 */
import { eq } from 'drizzle-orm';
import { rigaMoment } from '$lib/domain/riga-time';
import { scorePair } from '$lib/domain/programme/matcher';
import { recordAudit } from '../audit/audit-repository';
import { organisations, user } from '../db/schema';
import type { Db } from '../db/types';
import { enqueueMail } from '../mail/outbox';
import { readPairToken, type PairSide } from '../mentoring/tokens';
import { municipalities, sectorWords } from '../mentors/choices';
import { findMentor, mentorLoads } from '../mentors/mentors-repository';
import { findPersonById } from '../people/people-repository';
import { listStaff } from '../workspace/members-repository';
import { toMatchMentee, toMatchMentor } from './board-queries';
import { declinedMail, proposalMail } from './mails';
import { findMatchFacts, hasLiveMatch, insertMatch, setMatchAnswer, type MatchFacts } from './matches-repository';
import { findCohortOfOrganisation, findMentee } from './mentees-repository';

export type ConfirmMode = 'proposal' | 'swap' | 'override';
export type ConfirmResult = { ok: true; matchId: string } | { ok: false; reason: 'not_found' | 'already_matched' | 'mentor_full' | 'no_shared_language' };

export async function confirmMatch(
	db: Db,
	x: { actorUserId: string; organisationId: string; cohortId: string; applicationId: string; mentorId: string; mode: ConfirmMode }
): Promise<ConfirmResult> {
	return db.transaction(async (tx) => {
		const cohort = await findCohortOfOrganisation(tx, x.cohortId, x.organisationId);
		const mentee = cohort ? await findMentee(tx, cohort.id, x.applicationId) : null;
		const mentor = await findMentor(tx, x.mentorId);
		if (!cohort || !mentee || !mentor || mentor.organisationId !== x.organisationId || !mentor.active) return { ok: false, reason: 'not_found' };
		if (await hasLiveMatch(tx, mentee.id)) return { ok: false, reason: 'already_matched' };
		const load = (await mentorLoads(tx, [mentor.id])).get(mentor.id) ?? 0;
		// only an override may go past capacity: the board warned the coordinator
		if (x.mode !== 'override' && load >= mentor.capacity) return { ok: false, reason: 'mentor_full' };
		const byMuni = new Map((await municipalities(tx, 'lv')).map((mu) => [mu.id, mu]));
		const scored = scorePair(toMatchMentee(mentee, byMuni), toMatchMentor(mentor, byMuni, load), await sectorWords(tx));
		if (!scored && x.mode !== 'override') return { ok: false, reason: 'no_shared_language' };
		const matchId = await insertMatch(tx, {
			cohortId: cohort.id,
			applicationId: mentee.id,
			mentorId: mentor.id,
			score: scored?.score ?? null,
			scoreParts: scored?.parts ?? null,
			overridden: x.mode === 'override',
			createdBy: x.actorUserId
		});
		const menteePerson = await findPersonById(tx, mentee.personId);
		if (menteePerson?.email) {
			await enqueueMail(tx, proposalMail({ matchId, side: 'mentee', to: { email: menteePerson.email, name: menteePerson.name, locale: menteePerson.locale }, otherName: mentor.name ?? '', programmeTitle: cohort.programmeTitle }));
		}
		if (mentor.email) {
			await enqueueMail(tx, proposalMail({ matchId, side: 'mentor', to: { email: mentor.email, name: mentor.name, locale: mentor.locale }, otherName: mentee.name ?? '', programmeTitle: cohort.programmeTitle }));
		}
		await recordAudit(tx, {
			actorUserId: x.actorUserId,
			action: 'mentoring_match.create',
			entityType: 'mentoring_match',
			entityId: matchId,
			details: { organisationId: x.organisationId, cohortId: cohort.id, applicationId: mentee.id, mentorId: mentor.id, mode: x.mode, score: scored?.score ?? null, overCapacity: load >= mentor.capacity }
		});
		return { ok: true, matchId };
	});
}

export type AnswerResult =
	| { ok: true; status: 'proposed' | 'active' | 'declined' }
	| { ok: false; reason: 'bad_link' | 'not_open' };

/** One side's answer from their personal link; answering the same way twice changes nothing. */
export async function answerMatch(db: Db, x: { token: string; answer: 'accept' | 'decline'; reason?: string | null; now?: Date }): Promise<AnswerResult> {
	const link = readPairToken(x.token);
	if (!link) return { ok: false, reason: 'bad_link' };
	const now = x.now ?? new Date();
	return db.transaction(async (tx) => {
		const match = await findMatchFacts(tx, link.matchId, true);
		if (!match) return { ok: false, reason: 'bad_link' };
		if (match.status !== 'proposed') return match.status === 'active' && x.answer === 'accept' ? { ok: true, status: 'active' } : { ok: false, reason: 'not_open' };
		const side: PairSide = link.side;
		if (x.answer === 'decline') {
			const reason = x.reason?.trim() || null;
			await setMatchAnswer(tx, match.id, { status: 'declined', endReason: reason, endedOn: rigaMoment(now).date });
			await tellCoordinators(tx, match, side, reason);
			await recordAudit(tx, { actorUserId: null, action: 'mentoring_match.decline', entityType: 'mentoring_match', entityId: match.id, details: { side, reason } });
			return { ok: true, status: 'declined' };
		}
		const menteeAt = side === 'mentee' ? (match.menteeAcceptedAt ?? now) : match.menteeAcceptedAt;
		const mentorAt = side === 'mentor' ? (match.mentorAcceptedAt ?? now) : match.mentorAcceptedAt;
		const both = !!menteeAt && !!mentorAt;
		await setMatchAnswer(tx, match.id, {
			...(side === 'mentee' ? { menteeAcceptedAt: menteeAt! } : { mentorAcceptedAt: mentorAt! }),
			...(both ? { status: 'active' as const, startedOn: rigaMoment(now).date } : {})
		});
		await recordAudit(tx, { actorUserId: null, action: 'mentoring_match.accept', entityType: 'mentoring_match', entityId: match.id, details: { side, active: both } });
		return { ok: true, status: both ? 'active' : 'proposed' };
	});
}

/** A decline is told to the coordinator who made the pair, else to the organisation's coordinators. */
async function tellCoordinators(tx: Db, match: MatchFacts, side: PairSide, reason: string | null): Promise<void> {
	const [org] = await tx.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, match.organisationId));
	const [mentee, mentor] = await Promise.all([findPersonById(tx, match.menteePersonId), findPersonById(tx, match.mentorPersonId)]);
	const boardPath = `organizacijas/${org?.slug ?? ''}/darbs/saparosana/${match.cohortId}`;
	for (const to of await coordinatorsOf(tx, match.createdBy, match.organisationId)) {
		await enqueueMail(tx, declinedMail({ to, side, menteeName: mentee?.name ?? '—', mentorName: mentor?.name ?? '—', cohortTitle: match.cohortTitle, reason, boardPath }));
	}
}

async function coordinatorsOf(tx: Db, createdBy: string | null, organisationId: string): Promise<{ email: string; locale: string }[]> {
	if (createdBy) {
		const [u] = await tx.select({ email: user.email, locale: user.locale, deletedAt: user.deletedAt }).from(user).where(eq(user.id, createdBy));
		if (u && !u.deletedAt) return [{ email: u.email, locale: u.locale }];
	}
	const staff = (await listStaff(tx, organisationId)).filter((s) => s.role === 'coordinator');
	const out: { email: string; locale: string }[] = [];
	for (const s of staff) {
		const [u] = await tx.select({ locale: user.locale }).from(user).where(eq(user.id, s.userId));
		out.push({ email: s.email, locale: u?.locale ?? 'lv' });
	}
	return out;
}
