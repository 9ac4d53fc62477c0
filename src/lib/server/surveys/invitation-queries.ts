/** The survey invitations page (staff): who was asked, who answered, who is still to be asked. */
import { localized } from '$lib/domain/localized';
import type { Db } from '../db/types';
import { findEvent } from '../events/events-repository';
import { findPeopleByIds } from '../people/people-repository';
import { attendeesOf, reachable, type InviteRefusal } from './invitation-audience';
import { listInvitations, type InvitationListRow, type InvitationStatus } from './invitations-repository';
import { findSurvey } from './surveys-repository';

export type InvitationsPage = {
	survey: { id: string; slug: string; title: string; status: string; audience: string; mode: string };
	eventTitle: string | null;
	counts: Record<InvitationStatus, number>;
	/** Attendees not yet invited who can be, and those without a confirmed address; or why nobody can be. */
	toInvite: { count: number; unconfirmed: number } | { refusal: InviteRefusal };
	/** The invitees, only for staff who may see participants' names. */
	rows: InvitationListRow[] | null;
};

export async function invitationsPage(db: Db, q: { organisationId: string; surveyId: string; withPeople: boolean; locale: string; now: Date }): Promise<InvitationsPage | null> {
	const survey = await findSurvey(db, q.surveyId);
	if (!survey || survey.organisationId !== q.organisationId) return null;
	const [rows, audience, event] = await Promise.all([
		listInvitations(db, survey.id),
		attendeesOf(db, survey, q.now),
		survey.eventId ? findEvent(db, survey.eventId) : null
	]);
	const counts: Record<InvitationStatus, number> = { invited: 0, reminded: 0, responded: 0, bounced: 0 };
	for (const r of rows) counts[r.status]++;
	let toInvite: InvitationsPage['toInvite'];
	if ('refusal' in audience) toInvite = { refusal: audience.refusal };
	else {
		const invited = new Set(rows.map((r) => r.personId));
		const people = await findPeopleByIds(db, audience.personIds.filter((id) => !invited.has(id)));
		const ok = people.filter(reachable).length;
		toInvite = { count: ok, unconfirmed: people.length - ok };
	}
	return {
		survey: { id: survey.id, slug: survey.slug, title: localized(survey.title, q.locale), status: survey.status, audience: survey.audience, mode: survey.mode },
		eventTitle: event ? localized(event.title, q.locale) : null,
		counts,
		toInvite,
		rows: q.withPeople ? rows : null
	};
}
