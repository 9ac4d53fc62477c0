/**
 * Whom a survey is for (issue 16): the people who attended its event, once the event has ended, or
 * who attended any ended event of its project. Registration alone does not count: attendance does.
 */
// one list of refusals, shared with the staff page's words for them
import type { InviteRefusal } from '$lib/surveys/invitation-labels';
import type { Db } from '../db/types';
import { findEvent } from '../events/events-repository';
import { attendancePerPerson } from '../participation/domain';
import { listParticipationFacts } from '../participation/participations-repository';
import type { PersonRow } from '../people/people-repository';
import type { SurveyRow } from './surveys-repository';

export type { InviteRefusal };

/** Who an invitation can reach: a confirmed, current address (unconfirmed ones may be typos). */
export const reachable = (p: Pick<PersonRow, 'email' | 'confirmedAt' | 'anonymisedAt' | 'mergedIntoId'>) => !!(p.email && p.confirmedAt && !p.anonymisedAt && !p.mergedIntoId);


export async function attendeesOf(db: Db, survey: Pick<SurveyRow, 'audience' | 'eventId' | 'projectId'>, now: Date): Promise<{ personIds: string[] } | { refusal: InviteRefusal }> {
	if (survey.audience === 'link') return { refusal: 'link_only' };
	if (survey.audience === 'event_attendees') {
		const event = survey.eventId ? await findEvent(db, survey.eventId) : null;
		if (!event) return { refusal: 'no_event' };
		if (event.endsAt > now) return { refusal: 'event_not_ended' };
		const facts = await listParticipationFacts(db, { kinds: ['event'], activityId: event.id });
		return { personIds: [...attendancePerPerson(facts).keys()] };
	}
	if (!survey.projectId) return { refusal: 'no_event' };
	const facts = await listParticipationFacts(db, { kinds: ['event'], projectId: survey.projectId });
	return { personIds: [...attendancePerPerson(facts.filter((f) => !f.activityEndsAt || f.activityEndsAt <= now)).keys()] };
}
