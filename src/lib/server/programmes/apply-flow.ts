/**
 * Applying to a cohort (issue 17), with or without an account. A signed-in person applying with
 * their account's (confirmed) address is confirmed at once; anyone else's application is stored
 * unconfirmed and a link is mailed (people/confirmation.ts, purpose `programme-application`):
 * staff see it once the link is used. One application per person and cohort: a second is refused.
 */
import { applicationsOpen } from '$lib/domain/programme/phase';
import type { SurveyAnswers } from '$lib/domain/survey/types';
import { localized } from '$lib/domain/localized';
import type { Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import type { Principal } from '../auth/permissions';
import type { Db } from '../db/types';
import { enqueueMail } from '../mail/outbox';
import { registerConfirmationPurpose, requestConfirmation } from '../people/confirmation';
import { personForEmail, personForUser } from '../people/flow';
import { insertParticipation } from '../participation/participations-repository';
import { confirmApplication, findApplication, findApplicationOfPerson, insertApplication, linkParticipation } from './applications-repository';
import { findCohort, findCohortBySlug } from './cohorts-repository';
import { receivedMail, type MailCohort } from './mails';
import { cohortActivity } from './manage-flow';
import { findProgrammeById, findPublishedProgramme } from './programmes-repository';

export const APPLICATION_PURPOSE = 'programme-application';

type CohortScope = Parameters<typeof cohortActivity>[0];
type ProgrammeScope = Parameters<typeof cohortActivity>[1];

/**
 * A confirmed application is a registration for the cohort, not yet attendance: the person's data
 * are then kept as long as the cohort's retention says (like an event registrant's), not the 30
 * days of an unused address — an application waiting for a decision is never erased before it.
 */
async function registerApplicant(tx: Db, app: { id: string; personId: string; municipalityId: number | null }, cohort: CohortScope, programme: ProgrammeScope, now: Date) {
	const row = await insertParticipation(tx, { personId: app.personId, ...cohortActivity(cohort, programme), municipalityId: app.municipalityId, registration: 'registered', attendance: 'unknown', at: now });
	await linkParticipation(tx, app.id, row.id);
}

async function mailCohortOf(tx: Db, cohortId: string): Promise<MailCohort | null> {
	const cohort = await findCohort(tx, cohortId);
	const programme = cohort ? await findProgrammeById(tx, cohort.programmeId) : null;
	if (!cohort || !programme) return null;
	return { programmeSlug: programme.slug, programmeTitle: programme.title, cohortTitle: cohort.title, startsOn: cohort.startsOn, endsOn: cohort.endsOn };
}

registerConfirmationPurpose(APPLICATION_PURPOSE, {
	ttlHours: 72,
	mail: ({ locale, url, payload }) => ({
		subject: m.prog_mail_confirm_subject({ title: String(payload.title ?? '') }, { locale }),
		text: m.prog_mail_confirm_text({ title: String(payload.title ?? ''), url }, { locale })
	}),
	onConfirmed: async (tx, { person, payload, now, locale }) => {
		const application = await findApplication(tx, String(payload.applicationId ?? ''));
		if (!application || application.personId !== person.id) return { message: m.prog_apply_link_invalid({}, { locale }) };
		await confirmApplication(tx, application.id, now);
		const cohortRow = await findCohort(tx, application.cohortId);
		const programmeRow = cohortRow ? await findProgrammeById(tx, cohortRow.programmeId) : null;
		if (cohortRow && programmeRow && !application.participationId) await registerApplicant(tx, application, cohortRow, programmeRow, now);
		const cohort = await mailCohortOf(tx, application.cohortId);
		if (cohort && person.email) await enqueueMail(tx, receivedMail(cohort, { email: person.email, name: person.name, locale }));
		// no next page: the confirmation page itself says the application is in
		return { message: m.prog_apply_confirmed_message({}, { locale }) };
	}
});

export type ApplyInput = {
	programmeSlug: string;
	cohortSlug: string;
	name: string;
	email: string;
	locale: Locale;
	answers: SurveyAnswers;
	sectors: string[];
	municipalityId: number | null;
	languages: string[];
	needs: string;
};

export type ApplyOutcome = { kind: 'submitted' } | { kind: 'check_mail' } | { kind: 'duplicate' } | { kind: 'closed' } | { kind: 'not_found' };

export async function applyToCohort(db: Db, principal: Principal, input: ApplyInput, now = new Date()): Promise<ApplyOutcome> {
	return db.transaction(async (tx) => {
		const programme = await findPublishedProgramme(tx, input.programmeSlug);
		const cohort = programme ? await findCohortBySlug(tx, programme.id, input.cohortSlug) : null;
		if (!programme || !cohort || cohort.status !== 'published') return { kind: 'not_found' };
		if (!applicationsOpen(cohort, now)) return { kind: 'closed' };
		// a signed-in person applying with their own account's address: already confirmed
		const own = !!principal && principal.emailVerified && principal.email.toLowerCase() === input.email.toLowerCase();
		const person = own
			? await personForUser(tx, { id: principal!.userId, email: principal!.email, name: input.name, locale: input.locale }, now)
			: await personForEmail(tx, { email: input.email, name: input.name, locale: input.locale });
		if (await findApplicationOfPerson(tx, cohort.id, person.id)) return { kind: 'duplicate' };
		const confirmed = own || null;
		const id = await insertApplication(tx, {
			cohortId: cohort.id,
			personId: person.id,
			answers: input.answers,
			sectors: input.sectors,
			municipalityId: input.municipalityId,
			languages: input.languages,
			needs: input.needs,
			consentAt: now,
			confirmedAt: confirmed ? now : null
		});
		if (!id) return { kind: 'duplicate' }; // a second request raced the first
		const mailCohort = { programmeSlug: programme.slug, programmeTitle: programme.title, cohortTitle: cohort.title, startsOn: cohort.startsOn, endsOn: cohort.endsOn };
		if (confirmed) {
			await registerApplicant(tx, { id, personId: person.id, municipalityId: input.municipalityId }, cohort, programme, now);
			await enqueueMail(tx, receivedMail(mailCohort, { email: person.email ?? input.email, name: person.name ?? input.name, locale: input.locale }));
			return { kind: 'submitted' };
		}
		const title = `${localized(programme.title, input.locale)} — ${localized(cohort.title, input.locale)}`;
		await requestConfirmation(tx, { person, purpose: APPLICATION_PURPOSE, payload: { applicationId: id, title }, locale: input.locale }, now);
		return { kind: 'check_mail' };
	});
}
