/** Who may take part in a brokerage day: the event's registrants (issue 19), and the listed participants. */
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { brokerageParticipants, cooperationProfiles, participations, people } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';
import { normaliseEmail } from '../people/domain';

export type Registrant = { personId: string; name: string | null; email: string | null; locale: string };

/**
 * The person key of a signed-in account that holds a live registration for the event (registered or a
 * walk-in; cancelled and waiting-list rows do not count), or null.
 */
export async function registeredPersonOf(db: Db, eventId: string, account: { userId: string; email: string }): Promise<Registrant | null> {
	const email = normaliseEmail(account.email);
	const [row] = await db
		.select({ personId: people.id, name: people.name, email: people.email, locale: people.locale })
		.from(participations)
		.innerJoin(people, eq(people.id, participations.personId))
		.where(
			and(
				eq(participations.activityKind, 'event'),
				eq(participations.activityId, eventId),
				inArray(participations.registration, ['registered', 'none']),
				isNull(people.mergedIntoId),
				email ? or(eq(people.userId, account.userId), eq(people.email, email)) : eq(people.userId, account.userId)
			)
		)
		.limit(1);
	return row ?? null;
}

/** People by id, for mails (address and language). */
export async function contactsOf(db: Db, ids: string[]): Promise<Map<string, Registrant>> {
	if (!ids.length) return new Map();
	const rows = await db.select({ personId: people.id, name: people.name, email: people.email, locale: people.locale }).from(people).where(inArray(people.id, ids));
	return new Map(rows.map((r) => [r.personId, r]));
}

export type ListedParticipant = {
	personId: string;
	name: string | null;
	organisationName: string | null;
	intro: LocalizedText;
	profile: { slug: string; title: LocalizedText } | null;
};

/** The listed participants with what others may see: name, organisation, intro, a published profile — never contacts. */
export async function listParticipants(db: Db, eventId: string): Promise<ListedParticipant[]> {
	const rows = await db
		.select({
			personId: brokerageParticipants.personId,
			name: people.name,
			organisationName: brokerageParticipants.organisationName,
			intro: brokerageParticipants.intro,
			profileSlug: cooperationProfiles.slug,
			profileTitle: cooperationProfiles.title,
			profileStatus: cooperationProfiles.status
		})
		.from(brokerageParticipants)
		.innerJoin(people, eq(people.id, brokerageParticipants.personId))
		.leftJoin(cooperationProfiles, eq(cooperationProfiles.id, brokerageParticipants.cooperationProfileId))
		.where(and(eq(brokerageParticipants.eventId, eventId), eq(brokerageParticipants.optedIn, true)));
	return rows
		.map((r) => ({
			personId: r.personId,
			name: r.name,
			organisationName: r.organisationName,
			intro: r.intro,
			profile: r.profileSlug && r.profileTitle && r.profileStatus === 'published' ? { slug: r.profileSlug, title: r.profileTitle } : null
		}))
		.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'lv'));
}

/** One person's own listing (to fill the form again). */
export async function ownListing(db: Db, eventId: string, personId: string): Promise<{ organisationName: string | null; intro: LocalizedText; cooperationProfileId: string | null; optedIn: boolean } | null> {
	const [row] = await db
		.select({ organisationName: brokerageParticipants.organisationName, intro: brokerageParticipants.intro, cooperationProfileId: brokerageParticipants.cooperationProfileId, optedIn: brokerageParticipants.optedIn })
		.from(brokerageParticipants)
		.where(and(eq(brokerageParticipants.eventId, eventId), eq(brokerageParticipants.personId, personId)));
	return row ?? null;
}

/**
 * The published cooperation profiles a signed-in account wrote: the ones a participant may point to.
 * (Read here from the schema; the cooperation feature's own code is not touched.)
 */
export async function publishedProfilesOf(db: Db, userId: string): Promise<{ id: string; slug: string; title: LocalizedText }[]> {
	return db
		.select({ id: cooperationProfiles.id, slug: cooperationProfiles.slug, title: cooperationProfiles.title })
		.from(cooperationProfiles)
		.where(and(eq(cooperationProfiles.createdByUserId, userId), eq(cooperationProfiles.status, 'published')));
}
