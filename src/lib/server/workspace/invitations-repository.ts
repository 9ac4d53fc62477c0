import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { organisationInvitations, organisations } from '../db/schema';
import type { Db } from '../db/types';
import type { OrganisationRole } from '../auth/permissions';

export type InvitationRow = {
	id: string;
	organisationId: string;
	email: string;
	role: OrganisationRole;
	expiresAt: Date;
	acceptedAt: Date | null;
	revokedAt: Date | null;
	createdAt: Date;
};

const columns = {
	id: organisationInvitations.id,
	organisationId: organisationInvitations.organisationId,
	email: organisationInvitations.email,
	role: organisationInvitations.role,
	expiresAt: organisationInvitations.expiresAt,
	acceptedAt: organisationInvitations.acceptedAt,
	revokedAt: organisationInvitations.revokedAt,
	createdAt: organisationInvitations.createdAt
};

/**
 * One open invitation per address and organisation: inviting again replaces its token, role and
 * expiry (the old link stops working) rather than stacking invitations.
 */
export async function upsertOpenInvitation(
	db: Db,
	i: { organisationId: string; email: string; role: OrganisationRole; tokenHash: string; invitedBy: string; locale: string; expiresAt: Date }
): Promise<string> {
	const [open] = await db
		.select({ id: organisationInvitations.id })
		.from(organisationInvitations)
		.where(and(eq(organisationInvitations.organisationId, i.organisationId), eq(organisationInvitations.email, i.email), isNull(organisationInvitations.acceptedAt), isNull(organisationInvitations.revokedAt)))
		.for('update');
	if (open) {
		await db
			.update(organisationInvitations)
			.set({ role: i.role, tokenHash: i.tokenHash, invitedBy: i.invitedBy, locale: i.locale, expiresAt: i.expiresAt, createdAt: new Date() })
			.where(eq(organisationInvitations.id, open.id));
		return open.id;
	}
	const [row] = await db.insert(organisationInvitations).values(i).returning({ id: organisationInvitations.id });
	return row.id;
}

export async function findInvitationByTokenHash(db: Db, tokenHash: string): Promise<(InvitationRow & { organisationSlug: string; organisationName: string }) | null> {
	const [row] = await db
		.select({ ...columns, organisationSlug: organisations.slug, organisationName: organisations.name })
		.from(organisationInvitations)
		.innerJoin(organisations, eq(organisations.id, organisationInvitations.organisationId))
		.where(eq(organisationInvitations.tokenHash, tokenHash));
	return row ?? null;
}

export async function findInvitation(db: Db, id: string): Promise<InvitationRow | null> {
	const [row] = await db.select(columns).from(organisationInvitations).where(eq(organisationInvitations.id, id));
	return row ?? null;
}

/** Open (not accepted, not withdrawn, not expired) invitations of an organisation, newest first. */
export async function listOpenInvitations(db: Db, organisationId: string, now: Date): Promise<InvitationRow[]> {
	return db
		.select(columns)
		.from(organisationInvitations)
		.where(
			and(
				eq(organisationInvitations.organisationId, organisationId),
				isNull(organisationInvitations.acceptedAt),
				isNull(organisationInvitations.revokedAt),
				gt(organisationInvitations.expiresAt, now)
			)
		)
		.orderBy(desc(organisationInvitations.createdAt));
}

/** Marks an invitation accepted, once (two clicks racing: one wins). */
export async function markAccepted(db: Db, id: string, userId: string, now: Date): Promise<boolean> {
	const rows = await db
		.update(organisationInvitations)
		.set({ acceptedAt: now, acceptedBy: userId })
		.where(and(eq(organisationInvitations.id, id), isNull(organisationInvitations.acceptedAt), isNull(organisationInvitations.revokedAt)))
		.returning({ id: organisationInvitations.id });
	return rows.length > 0;
}

export async function markRevoked(db: Db, id: string, now: Date): Promise<boolean> {
	const rows = await db
		.update(organisationInvitations)
		.set({ revokedAt: now })
		.where(and(eq(organisationInvitations.id, id), isNull(organisationInvitations.acceptedAt), isNull(organisationInvitations.revokedAt)))
		.returning({ id: organisationInvitations.id });
	return rows.length > 0;
}

/** Invitations addressed to someone (their GDPR download; deleted with their account). */
export async function invitationsTo(db: Db, email: string) {
	return db
		.select({ organisation: organisations.name, role: organisationInvitations.role, createdAt: organisationInvitations.createdAt, acceptedAt: organisationInvitations.acceptedAt })
		.from(organisationInvitations)
		.innerJoin(organisations, eq(organisations.id, organisationInvitations.organisationId))
		.where(eq(organisationInvitations.email, email));
}

export async function deleteInvitationsTo(db: Db, email: string): Promise<void> {
	await db.delete(organisationInvitations).where(eq(organisationInvitations.email, email));
}
