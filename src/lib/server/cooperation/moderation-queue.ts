/**
 * The moderators' queue of submitted profiles, oldest first: everything a decision needs — owner,
 * kind, the text in every language, sectors, places. Not the contacts: they are shown to nobody
 * before an interest is accepted (issue 19), moderators included.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { categories, cooperationProfileCategories, cooperationProfileRegions, cooperationProfiles, organisations, producers, territories } from '../db/schema';
import type { Db } from '../db/types';
import { contentColumns } from './profiles-repository';

const p = cooperationProfiles;

export async function moderationQueue(db: Db) {
	const rows = await db
		.select({
			id: p.id,
			slug: p.slug,
			...contentColumns,
			updatedAt: p.updatedAt,
			producerName: producers.name,
			producerSlug: producers.slug,
			organisationName: organisations.name,
			organisationSlug: organisations.slug
		})
		.from(p)
		.leftJoin(producers, eq(producers.id, p.producerId))
		.leftJoin(organisations, eq(organisations.id, p.organisationId))
		.where(eq(p.status, 'pending'))
		.orderBy(asc(p.updatedAt));
	if (!rows.length) return [];
	const ids = rows.map((r) => r.id);
	const [cats, regions] = await Promise.all([
		db.select({ profileId: cooperationProfileCategories.profileId, name: categories.name }).from(cooperationProfileCategories).innerJoin(categories, eq(categories.id, cooperationProfileCategories.categoryId)).where(inArray(cooperationProfileCategories.profileId, ids)),
		db.select({ profileId: cooperationProfileRegions.profileId, name: territories.name }).from(cooperationProfileRegions).innerJoin(territories, eq(territories.id, cooperationProfileRegions.territoryId)).where(inArray(cooperationProfileRegions.profileId, ids))
	]);
	return rows.map((r) => ({
		...r,
		owner: r.producerSlug ? { type: 'producer' as const, name: r.producerName!, slug: r.producerSlug } : { type: 'organisation' as const, name: r.organisationName ?? '', slug: r.organisationSlug ?? '' },
		sectors: cats.filter((c) => c.profileId === r.id).map((c) => c.name),
		regions: regions.filter((x) => x.profileId === r.id).map((x) => x.name)
	}));
}
