/**
 * The profiles as this feature needs them: the one an interest is for (never its contact columns:
 * those are read only by queries.ts, for the two sides of an accepted interest), and the
 * principal's own published profiles an interest may be sent on behalf of.
 */
import { and, eq, gt, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import type { Principal } from '../auth/permissions';
import type { LocalizedText } from '../db/schema/common';
import { cooperationProfiles } from '../db/schema';
import type { Db } from '../db/types';

/** Published and not expired (an unset expiry never lapses). */
export function publishedAt(now: Date): SQL {
	return and(eq(cooperationProfiles.status, 'published'), or(isNull(cooperationProfiles.expiresAt), gt(cooperationProfiles.expiresAt, now)))!;
}

export type TargetProfile = { id: string; slug: string; title: string; titleText: LocalizedText; direction: string; producerId: string | null; organisationId: string | null; isDemo: boolean; published: boolean };

export async function findTargetProfile(db: Db, slug: string, locale: string, now: Date): Promise<TargetProfile | null> {
	const [row] = await db
		.select({
			id: cooperationProfiles.id,
			slug: cooperationProfiles.slug,
			title: cooperationProfiles.title,
			direction: cooperationProfiles.direction,
			producerId: cooperationProfiles.producerId,
			organisationId: cooperationProfiles.organisationId,
			isDemo: cooperationProfiles.isDemo,
			status: cooperationProfiles.status,
			expiresAt: cooperationProfiles.expiresAt
		})
		.from(cooperationProfiles)
		.where(eq(cooperationProfiles.slug, slug));
	if (!row) return null;
	const published = row.status === 'published' && (!row.expiresAt || row.expiresAt > now);
	return { id: row.id, slug: row.slug, title: localized(row.title, locale), titleText: row.title, direction: row.direction, producerId: row.producerId, organisationId: row.organisationId, isDemo: row.isDemo, published };
}

/** Conditions for "a profile this principal owns": their listings' and their organisations' (staff may act for it). */
export function ownedBy(principal: NonNullable<Principal>): SQL | null {
	const parts: SQL[] = [];
	if (principal.producerIds.length) parts.push(inArray(cooperationProfiles.producerId, principal.producerIds));
	const orgs = principal.memberships.map((mb) => mb.organisationId);
	if (orgs.length) parts.push(inArray(cooperationProfiles.organisationId, orgs));
	return parts.length ? or(...parts)! : null;
}

export async function myPublishedProfiles(db: Db, principal: NonNullable<Principal>, locale: string, now: Date): Promise<{ id: string; title: string }[]> {
	const mine = ownedBy(principal);
	if (!mine) return [];
	const rows = await db
		.select({ id: cooperationProfiles.id, title: cooperationProfiles.title })
		.from(cooperationProfiles)
		.where(and(mine, publishedAt(now)));
	return rows.map((r) => ({ id: r.id, title: localized(r.title, locale) }));
}
