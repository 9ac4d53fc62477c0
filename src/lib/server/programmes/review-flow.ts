/**
 * Staff decide on an application (issue 17): accept, waiting list, decline or withdraw, with a
 * message mailed to the applicant in their language. Under the cohort's row lock, so two staff
 * accepting the last place at once never both get it. An accepted applicant is a participant:
 * their `participations` row (kind `cohort`) is attended, counted like an event's attendee; any
 * other decision takes that back. Each decision is audited; the route authorizes first.
 */
import type { Decision } from '$lib/forms/programmes';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { enqueueMail } from '../mail/outbox';
import { insertParticipation, setStatuses } from '../participation/participations-repository';
import { findPersonById } from '../people/people-repository';
import { countAccepted, findApplication, setDecision } from './applications-repository';
import { lockCohort } from './cohorts-repository';
import { decisionMail } from './mails';
import { cohortActivity } from './manage-flow';
import { findOwnProgramme } from './programmes-repository';

export type DecideInput = { actorUserId: string; organisationId: string; programmeId: string; cohortId: string; applicationId: string; decision: Decision; message: string | null };
export type DecideResult = { ok: true; changed: boolean } | { ok: false; reason: 'not_found' | 'unconfirmed' | 'full' };

export async function decideApplication(db: Db, input: DecideInput, now = new Date()): Promise<DecideResult> {
	return db.transaction(async (tx) => {
		const programme = await findOwnProgramme(tx, input.organisationId, input.programmeId);
		const cohort = programme ? await lockCohort(tx, input.cohortId) : null;
		if (!programme || !cohort || cohort.programmeId !== programme.id) return { ok: false, reason: 'not_found' } as const;
		const app = await findApplication(tx, input.applicationId);
		if (!app || app.cohortId !== cohort.id) return { ok: false, reason: 'not_found' } as const;
		if (!app.confirmedAt) return { ok: false, reason: 'unconfirmed' } as const;
		if (app.status === input.decision && (input.message ?? null) === (app.decisionMessage ?? null)) return { ok: true, changed: false } as const;

		let participationId = app.participationId;
		if (input.decision === 'accepted') {
			if (app.status !== 'accepted' && cohort.capacity !== null && (await countAccepted(tx, cohort.id)) >= cohort.capacity) return { ok: false, reason: 'full' } as const;
			// the municipality is a funder fact: kept on the participation, it outlives the person's anonymisation
			const row = await insertParticipation(tx, { personId: app.personId, ...cohortActivity(cohort, programme), municipalityId: app.municipalityId, registration: 'registered', attendance: 'attended', at: now });
			participationId = row.id;
			if (!row.created) await setStatuses(tx, row.id, { registration: 'registered', attendance: 'attended' });
		} else if (participationId) {
			// no longer a participant: not counted, but the row (and its history) stays
			await setStatuses(tx, participationId, { registration: input.decision === 'waitlisted' ? 'waitlisted' : 'cancelled', attendance: 'unknown' });
		}
		await setDecision(tx, app.id, { status: input.decision, message: input.message, by: input.actorUserId, participationId }, now);

		const person = await findPersonById(tx, app.personId);
		if (person?.email && !person.anonymisedAt) {
			const mailCohort = { programmeSlug: programme.slug, programmeTitle: programme.title, cohortTitle: cohort.title, startsOn: cohort.startsOn, endsOn: cohort.endsOn };
			await enqueueMail(tx, decisionMail(input.decision, mailCohort, { email: person.email, name: person.name, locale: person.locale }, input.message));
		}
		await recordAudit(tx, {
			actorUserId: input.actorUserId,
			action: `application.${input.decision}`,
			entityType: 'programme_application',
			entityId: app.id,
			details: { cohortId: cohort.id, from: app.status, messaged: !!input.message }
		});
		return { ok: true, changed: true } as const;
	});
}
