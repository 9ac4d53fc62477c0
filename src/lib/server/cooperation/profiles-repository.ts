/** All SQL of cooperation_profiles and its sectors and regions (explicit columns; owners' view). */
import { and, asc, desc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { cooperationProfileCategories, cooperationProfileRegions, cooperationProfiles, type CooperationStatus } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';
import type { CooperationDirection, CooperationKind } from '$lib/domain/cooperation/kinds';

const p = cooperationProfiles;

export type ProfileOwner = { producerId: string; organisationId?: null } | { organisationId: string; producerId?: null };

export type ProfileFields = {
	direction: CooperationDirection;
	kind: CooperationKind;
	title: LocalizedText;
	description: LocalizedText;
	countries: string[];
	languages: string[];
	contactName: string;
	contactEmail: string | null;
	contactPhone: string | null;
	searchText: string;
};

/** The profile's own words and reach, contacts left out: what its owner edits and a moderator reviews. */
export const contentColumns = {
	direction: p.direction,
	kind: p.kind,
	title: p.title,
	description: p.description,
	countries: p.countries,
	languages: p.languages
};

/** What its owner sees and edits (contacts included: they are the owner's own). */
export const ownerColumns = {
	id: p.id,
	slug: p.slug,
	producerId: p.producerId,
	organisationId: p.organisationId,
	createdByUserId: p.createdByUserId,
	...contentColumns,
	contactName: p.contactName,
	contactEmail: p.contactEmail,
	contactPhone: p.contactPhone,
	status: p.status,
	rejectionReason: p.rejectionReason,
	publishedAt: p.publishedAt,
	expiresAt: p.expiresAt,
	updatedAt: p.updatedAt
};

export async function insertProfile(db: Db, row: ProfileFields & ProfileOwner & { slug: string; createdByUserId: string | null; status: CooperationStatus; isDemo?: boolean; id?: string }): Promise<string> {
	const [r] = await db
		.insert(p)
		.values({ ...row, producerId: row.producerId ?? null, organisationId: row.organisationId ?? null })
		.returning({ id: p.id });
	return r.id;
}

export async function updateProfileFields(db: Db, id: string, fields: ProfileFields & { status: CooperationStatus }): Promise<void> {
	await db.update(p).set({ ...fields, rejectionReason: null, updatedAt: new Date() }).where(eq(p.id, id));
}

export async function replaceSectorsAndRegions(db: Db, id: string, categoryIds: number[], regionIds: number[]): Promise<void> {
	await db.delete(cooperationProfileCategories).where(eq(cooperationProfileCategories.profileId, id));
	await db.delete(cooperationProfileRegions).where(eq(cooperationProfileRegions.profileId, id));
	if (categoryIds.length) await db.insert(cooperationProfileCategories).values([...new Set(categoryIds)].map((categoryId) => ({ profileId: id, categoryId })));
	if (regionIds.length) await db.insert(cooperationProfileRegions).values([...new Set(regionIds)].map((territoryId) => ({ profileId: id, territoryId })));
}

export async function findOwnedProfile(db: Db, id: string) {
	const [row] = await db.select(ownerColumns).from(p).where(eq(p.id, id));
	if (!row) return null;
	const [cats, regions] = await Promise.all([
		db.select({ id: cooperationProfileCategories.categoryId }).from(cooperationProfileCategories).where(eq(cooperationProfileCategories.profileId, id)),
		db.select({ id: cooperationProfileRegions.territoryId }).from(cooperationProfileRegions).where(eq(cooperationProfileRegions.profileId, id))
	]);
	return { ...row, categoryIds: cats.map((c) => c.id), regionIds: regions.map((r) => r.id) };
}
export type OwnedProfile = NonNullable<Awaited<ReturnType<typeof findOwnedProfile>>>;

export async function listProfilesOfOwner(db: Db, owner: ProfileOwner) {
	const where = owner.producerId ? eq(p.producerId, owner.producerId) : eq(p.organisationId, owner.organisationId!);
	return db
		.select({ id: p.id, slug: p.slug, direction: p.direction, kind: p.kind, title: p.title, status: p.status, expiresAt: p.expiresAt, updatedAt: p.updatedAt })
		.from(p)
		.where(where)
		.orderBy(desc(p.updatedAt));
}

export async function setStatus(db: Db, id: string, set: Partial<{ status: CooperationStatus; rejectionReason: string | null; reviewedByUserId: string | null; reviewedAt: Date; publishedAt: Date; expiresAt: Date; renewalRemindedAt: Date | null }>): Promise<void> {
	await db.update(p).set({ ...set, updatedAt: new Date() }).where(eq(p.id, id));
}

/** The moderators' queue: submitted profiles, oldest first. */
export async function pendingProfiles(db: Db) {
	return db
		.select({ id: p.id, slug: p.slug, producerId: p.producerId, organisationId: p.organisationId, direction: p.direction, kind: p.kind, title: p.title, description: p.description, updatedAt: p.updatedAt, createdByUserId: p.createdByUserId })
		.from(p)
		.where(eq(p.status, 'pending'))
		.orderBy(asc(p.updatedAt));
}

/** Published profiles whose time is up. */
export async function dueToExpire(db: Db, now: Date) {
	return db.select({ id: p.id }).from(p).where(and(eq(p.status, 'published'), isNotNull(p.expiresAt), lte(p.expiresAt, now)));
}

/** Published profiles ending within `before`, not yet reminded. */
export async function dueForReminder(db: Db, now: Date, before: Date) {
	return db
		.select({ id: p.id, title: p.title, createdByUserId: p.createdByUserId, producerId: p.producerId, organisationId: p.organisationId, slug: p.slug, expiresAt: p.expiresAt })
		.from(p)
		.where(and(eq(p.status, 'published'), sql`${p.renewalRemindedAt} IS NULL`, sql`${p.expiresAt} > ${now}`, lte(p.expiresAt, before)));
}

export async function profilesByIds(db: Db, ids: string[]) {
	if (!ids.length) return [];
	return db.select({ id: p.id, slug: p.slug, title: p.title, direction: p.direction, kind: p.kind, producerId: p.producerId, organisationId: p.organisationId, createdByUserId: p.createdByUserId }).from(p).where(inArray(p.id, ids));
}
