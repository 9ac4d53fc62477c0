import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { claims, producers, territories, user } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';

export type ClaimStatus = (typeof claims.status.enumValues)[number];

export type NewClaim = { producerId: string; userId: string; message: string | null; locale: string };

/** Inserts a pending claim; null when this user already has one open for this listing. */
export async function insertClaim(db: Db, claim: NewClaim): Promise<string | null> {
	const rows = await db
		.insert(claims)
		.values(claim)
		.onConflictDoNothing({ target: [claims.producerId, claims.userId], where: sql`status = 'pending'` })
		.returning({ id: claims.id });
	return rows[0]?.id ?? null;
}

export type ClaimRow = {
	id: string;
	producerId: string;
	userId: string;
	status: ClaimStatus;
	locale: string;
	municipalityId: number;
	producerName: string;
	producerSlug: string;
	producerStatus: string;
	producerEmail: string | null;
	claimantEmail: string;
	claimantName: string;
	claimantVerified: boolean;
	message: string | null;
	createdAt: Date;
};

const claimColumns = {
	id: claims.id,
	producerId: claims.producerId,
	userId: claims.userId,
	status: claims.status,
	locale: claims.locale,
	municipalityId: producers.municipalityId,
	producerName: producers.name,
	producerSlug: producers.slug,
	producerStatus: producers.status,
	producerEmail: producers.email,
	claimantEmail: user.email,
	claimantName: user.name,
	claimantVerified: user.emailVerified,
	message: claims.message,
	createdAt: claims.createdAt
};

function claimsQuery(db: Db) {
	return db.select(claimColumns).from(claims).innerJoin(producers, eq(producers.id, claims.producerId)).innerJoin(user, eq(user.id, claims.userId));
}

export async function findClaim(db: Db, id: string): Promise<ClaimRow | null> {
	const [row] = await claimsQuery(db).where(eq(claims.id, id));
	return row ?? null;
}

/** Open claims, oldest first; `municipalityIds` null = everywhere (moderators). */
export async function listPendingClaims(db: Db, municipalityIds: number[] | null, limit = 100): Promise<(ClaimRow & { municipalityName: LocalizedText })[]> {
	const where = municipalityIds === null
		? eq(claims.status, 'pending')
		: and(eq(claims.status, 'pending'), inArray(producers.municipalityId, municipalityIds.length ? municipalityIds : [-1]));
	return db
		.select({ ...claimColumns, municipalityName: territories.name })
		.from(claims)
		.innerJoin(producers, eq(producers.id, claims.producerId))
		.innerJoin(user, eq(user.id, claims.userId))
		.innerJoin(territories, eq(territories.id, producers.municipalityId))
		.where(where)
		.orderBy(asc(claims.createdAt))
		.limit(limit);
}

/** This user's claims, newest first (the dashboard shows the open and refused ones). */
export async function listClaimsOfUser(db: Db, userId: string): Promise<{ id: string; producerName: string; producerSlug: string; status: ClaimStatus; decisionReason: string | null; createdAt: Date }[]> {
	return db
		.select({ id: claims.id, producerName: producers.name, producerSlug: producers.slug, status: claims.status, decisionReason: claims.decisionReason, createdAt: claims.createdAt })
		.from(claims)
		.innerJoin(producers, eq(producers.id, claims.producerId))
		.where(eq(claims.userId, userId))
		.orderBy(desc(claims.createdAt))
		.limit(50);
}

/** Records the decision if the claim is still pending; false when someone else decided first. */
export async function decideClaimRow(
	db: Db,
	id: string,
	decision: { status: 'approved' | 'rejected'; decidedByUserId: string | null; reason: string | null; autoApproved?: boolean; now: Date }
): Promise<boolean> {
	const rows = await db
		.update(claims)
		.set({ status: decision.status, decidedByUserId: decision.decidedByUserId, decisionReason: decision.reason, decidedAt: decision.now, autoApproved: decision.autoApproved ?? false })
		.where(and(eq(claims.id, id), eq(claims.status, 'pending')))
		.returning({ id: claims.id });
	return rows.length === 1;
}
