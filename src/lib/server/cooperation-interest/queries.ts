/**
 * What the two sides read (issue 19). The only place that reads a profile's contact columns and an
 * interest's contact e-mail and phone, and it hands them out only for an accepted interest, each
 * side the OTHER side's: the sender gets the profile's contacts, the owner side the sender's.
 */
import { and, asc, desc, eq, ne } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import type { Principal } from '../auth/permissions';
import { cooperationInterests, cooperationMessages, cooperationOutcomes, cooperationProfiles } from '../db/schema';
import type { Db } from '../db/types';
import { findInterestCore, ownerNames, sideOf, type Side } from './access';
import { ownedBy } from './profiles';

export type InboxRow = { id: string; status: string; createdAt: Date; profileSlug: string; profileTitle: string; counterpart: string };

/** Interests received on the principal's profiles, and those they sent; newest first. Never contacts. */
export async function inbox(db: Db, principal: NonNullable<Principal>, locale: string): Promise<{ received: InboxRow[]; sent: InboxRow[] }> {
	const cols = {
		id: cooperationInterests.id,
		status: cooperationInterests.status,
		createdAt: cooperationInterests.createdAt,
		fromName: cooperationInterests.fromName,
		profileId: cooperationProfiles.id,
		slug: cooperationProfiles.slug,
		title: cooperationProfiles.title
	};
	const mine = ownedBy(principal);
	const base = () => db.select(cols).from(cooperationInterests).innerJoin(cooperationProfiles, eq(cooperationProfiles.id, cooperationInterests.profileId));
	// an owner who sent to their own organisation's profile is not both sides: the received list skips their own
	const received = mine ? await base().where(and(mine, ne(cooperationInterests.fromUserId, principal.userId))).orderBy(desc(cooperationInterests.createdAt)) : [];
	const sent = await base().where(eq(cooperationInterests.fromUserId, principal.userId)).orderBy(desc(cooperationInterests.createdAt));
	const names = await ownerNames(db, sent.map((r) => r.profileId));
	const row = (r: (typeof sent)[number], counterpart: string): InboxRow => ({ id: r.id, status: r.status, createdAt: r.createdAt, profileSlug: r.slug, profileTitle: localized(r.title, locale), counterpart });
	return { received: received.map((r) => row(r, r.fromName)), sent: sent.map((r) => row(r, names.get(r.profileId) ?? '')) };
}

export type Contacts = { name: string | null; email: string | null; phone: string | null };
export type InterestView = {
	id: string;
	side: Side;
	status: string;
	createdAt: Date;
	decidedAt: Date | null;
	profile: { slug: string; title: string; ownerName: string };
	fromName: string;
	fromProfile: { slug: string; title: string } | null;
	message: string;
	/** The other side's contacts: only when accepted. */
	contacts: Contacts | null;
	messages: { id: string; mine: boolean; author: string; body: string; createdAt: Date }[];
	outcomes: { kind: string; happenedOn: string; note: string | null }[];
};

/** The interest as one of its two sides sees it; null for anyone else (the page answers 404). */
export async function interestView(db: Db, principal: Principal, id: string, locale: string): Promise<InterestView | null> {
	const core = await findInterestCore(db, id);
	const side = core ? sideOf(principal, core) : null;
	if (!core || !side || !principal) return null;
	const [r] = await db
		.select({
			createdAt: cooperationInterests.createdAt,
			decidedAt: cooperationInterests.decidedAt,
			fromName: cooperationInterests.fromName,
			message: cooperationInterests.message,
			fromProfileId: cooperationInterests.fromProfileId,
			slug: cooperationProfiles.slug,
			title: cooperationProfiles.title
		})
		.from(cooperationInterests)
		.innerJoin(cooperationProfiles, eq(cooperationProfiles.id, cooperationInterests.profileId))
		.where(eq(cooperationInterests.id, id));
	const accepted = core.status === 'accepted';
	const [names, fromProfile, contacts] = await Promise.all([
		ownerNames(db, [core.profileId]),
		r.fromProfileId ? profileRef(db, r.fromProfileId, locale) : null,
		accepted ? contactsFor(db, id, side) : null
	]);
	return {
		id,
		side,
		status: core.status,
		createdAt: r.createdAt,
		decidedAt: r.decidedAt,
		profile: { slug: r.slug, title: localized(r.title, locale), ownerName: names.get(core.profileId) ?? '' },
		fromName: r.fromName,
		fromProfile,
		message: r.message,
		contacts,
		messages: accepted ? await thread(db, id, principal.userId, r.fromName, core.fromUserId, names.get(core.profileId) ?? '') : [],
		outcomes: accepted ? await outcomesOf(db, id) : []
	};
}

async function profileRef(db: Db, profileId: string, locale: string) {
	const [p] = await db.select({ slug: cooperationProfiles.slug, title: cooperationProfiles.title, status: cooperationProfiles.status }).from(cooperationProfiles).where(eq(cooperationProfiles.id, profileId));
	return p ? { slug: p.slug, title: localized(p.title, locale) } : null;
}

async function contactsFor(db: Db, id: string, side: Side): Promise<Contacts | null> {
	if (side === 'owner') {
		const [c] = await db
			.select({ name: cooperationInterests.fromName, email: cooperationInterests.contactEmail, phone: cooperationInterests.contactPhone })
			.from(cooperationInterests)
			.where(and(eq(cooperationInterests.id, id), eq(cooperationInterests.status, 'accepted')));
		return c ?? null;
	}
	const [c] = await db
		.select({ name: cooperationProfiles.contactName, email: cooperationProfiles.contactEmail, phone: cooperationProfiles.contactPhone })
		.from(cooperationInterests)
		.innerJoin(cooperationProfiles, eq(cooperationProfiles.id, cooperationInterests.profileId))
		.where(and(eq(cooperationInterests.id, id), eq(cooperationInterests.status, 'accepted')));
	return c ?? null;
}

/** The sender's messages carry the name they gave; the owner side's the profile owner's name (not a staff member's). */
async function thread(db: Db, id: string, me: string, fromName: string, fromUserId: string, ownerName: string) {
	const rows = await db
		.select({ id: cooperationMessages.id, author: cooperationMessages.authorUserId, body: cooperationMessages.body, createdAt: cooperationMessages.createdAt })
		.from(cooperationMessages)
		
		.where(eq(cooperationMessages.interestId, id))
		.orderBy(asc(cooperationMessages.createdAt), asc(cooperationMessages.id));
	return rows.map((m) => ({ id: m.id, mine: m.author === me, author: m.author === fromUserId ? fromName : ownerName, body: m.body, createdAt: m.createdAt }));
}

async function outcomesOf(db: Db, id: string) {
	return db
		.select({ kind: cooperationOutcomes.kind, happenedOn: cooperationOutcomes.happenedOn, note: cooperationOutcomes.note })
		.from(cooperationOutcomes)
		.where(eq(cooperationOutcomes.interestId, id))
		.orderBy(asc(cooperationOutcomes.happenedOn));
}

