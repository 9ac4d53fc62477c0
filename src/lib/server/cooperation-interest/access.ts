/**
 * Who an interest is to whom: the sender (the account that expressed it) or the owner side (the
 * owners of the profile's producer listing, or the staff of its organisation). Everyone else is
 * nobody — the pages answer them 404, so an interest's existence is not revealed.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { can, type Principal, type ResourceScope } from '../auth/permissions';
import { cooperationInterests, cooperationProfiles, organisationMembers, organisations, producerOwners, producers, user } from '../db/schema';
import type { Db } from '../db/types';

export type Side = 'owner' | 'sender';

export type InterestCore = {
	id: string;
	status: 'pending' | 'accepted' | 'declined' | 'withdrawn';
	fromUserId: string;
	profileId: string;
	producerId: string | null;
	organisationId: string | null;
	isDemo: boolean;
};

/** The profile's owner as a permission resource (never the sender: they do not decide on their own interest). */
export const ownerResource = (i: Pick<InterestCore, 'producerId' | 'organisationId'>): ResourceScope => ({ producerId: i.producerId, organisationId: i.organisationId });
export const senderResource = (i: Pick<InterestCore, 'fromUserId'>): ResourceScope => ({ userId: i.fromUserId });
/** Either side: for reading, messages and outcomes. */
export const partyResource = (i: InterestCore): ResourceScope => ({ ...ownerResource(i), ...senderResource(i) });

export function sideOf(principal: Principal, i: InterestCore): Side | null {
	if (!principal) return null;
	if (can(principal, 'read:cooperation_interest', ownerResource(i))) return 'owner';
	if (can(principal, 'read:cooperation_interest', senderResource(i))) return 'sender';
	return null;
}

export async function findInterestCore(db: Db, id: string): Promise<InterestCore | null> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
	const [row] = await db
		.select({
			id: cooperationInterests.id,
			status: cooperationInterests.status,
			fromUserId: cooperationInterests.fromUserId,
			profileId: cooperationInterests.profileId,
			producerId: cooperationProfiles.producerId,
			organisationId: cooperationProfiles.organisationId,
			isDemo: cooperationInterests.isDemo
		})
		.from(cooperationInterests)
		.innerJoin(cooperationProfiles, eq(cooperationProfiles.id, cooperationInterests.profileId))
		.where(eq(cooperationInterests.id, id));
	return row ?? null;
}

export type Recipient = { email: string; locale: string };

/** Who is told about a new interest or message on the owner side: the listing's owners, or the organisation's coordinators. */
export async function ownerRecipients(db: Db, o: { producerId: string | null; organisationId: string | null }): Promise<Recipient[]> {
	if (o.producerId) {
		return db
			.select({ email: user.email, locale: user.locale })
			.from(producerOwners)
			.innerJoin(user, eq(user.id, producerOwners.userId))
			.where(and(eq(producerOwners.producerId, o.producerId), isNull(user.deletedAt)));
	}
	if (!o.organisationId) return [];
	return db
		.select({ email: user.email, locale: user.locale })
		.from(organisationMembers)
		.innerJoin(user, eq(user.id, organisationMembers.userId))
		.where(and(eq(organisationMembers.organisationId, o.organisationId), eq(organisationMembers.role, 'coordinator'), isNull(user.deletedAt)));
}

export async function accountRecipient(db: Db, userId: string): Promise<Recipient | null> {
	const [u] = await db.select({ email: user.email, locale: user.locale }).from(user).where(and(eq(user.id, userId), isNull(user.deletedAt)));
	return u ?? null;
}

/** The display names of profile owners (a listing's or an organisation's name), keyed by profile id. */
export async function ownerNames(db: Db, profileIds: string[]): Promise<Map<string, string>> {
	if (!profileIds.length) return new Map();
	const rows = await db
		.select({ id: cooperationProfiles.id, producer: producers.name, organisation: organisations.name })
		.from(cooperationProfiles)
		.leftJoin(producers, eq(producers.id, cooperationProfiles.producerId))
		.leftJoin(organisations, eq(organisations.id, cooperationProfiles.organisationId))
		.where(inArray(cooperationProfiles.id, profileIds));
	return new Map(rows.map((r) => [r.id, r.producer ?? r.organisation ?? '']));
}
