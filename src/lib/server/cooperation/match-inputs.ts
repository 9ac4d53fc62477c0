/**
 * Loads published, unexpired profiles as the pure matcher's input: sectors with their parent
 * categories, wanted countries and regions, and where each owner is — its municipality (raion) with
 * every ancestor, so wanting "the Northern region" or "Moldova" finds a producer in Soroca.
 */
import { and, eq, gt, inArray, or, isNull } from 'drizzle-orm';
import type { MatchProfile } from '$lib/domain/cooperation/match';
import { categories, cooperationProfileCategories, cooperationProfileRegions, cooperationProfiles, organisations, producers, territories } from '../db/schema';
import type { Db } from '../db/types';

const p = cooperationProfiles;

export type MatchInput = MatchProfile & { slug: string };

export async function publishedMatchInputs(db: Db, now: Date, onlyIds?: string[]): Promise<MatchInput[]> {
	const where = and(eq(p.status, 'published'), or(isNull(p.expiresAt), gt(p.expiresAt, now)), onlyIds ? inArray(p.id, onlyIds) : undefined);
	const rows = await db
		.select({ id: p.id, slug: p.slug, producerId: p.producerId, organisationId: p.organisationId, direction: p.direction, kind: p.kind, countries: p.countries, languages: p.languages, producerMunicipality: producers.municipalityId, organisationMunicipality: organisations.municipalityId })
		.from(p)
		.leftJoin(producers, eq(producers.id, p.producerId))
		.leftJoin(organisations, eq(organisations.id, p.organisationId))
		.where(where);
	if (!rows.length) return [];
	const ids = rows.map((r) => r.id);
	const [cats, regions, catTree, terr] = await Promise.all([
		db.select({ profileId: cooperationProfileCategories.profileId, id: cooperationProfileCategories.categoryId }).from(cooperationProfileCategories).where(inArray(cooperationProfileCategories.profileId, ids)),
		db.select({ profileId: cooperationProfileRegions.profileId, id: cooperationProfileRegions.territoryId }).from(cooperationProfileRegions).where(inArray(cooperationProfileRegions.profileId, ids)),
		db.select({ id: categories.id, parentId: categories.parentId }).from(categories),
		db.select({ id: territories.id, parentId: territories.parentId, country: territories.countryCode }).from(territories)
	]);
	const parentOfCat = new Map(catTree.map((c) => [c.id, c.parentId]));
	const terrById = new Map(terr.map((t) => [t.id, t]));
	const ancestry = (id: number | null): number[] => {
		const out: number[] = [];
		for (let t = id === null ? undefined : terrById.get(id); t && out.length < 8; t = t.parentId === null ? undefined : terrById.get(t.parentId)) out.push(t.id);
		return out;
	};
	return rows.map((r) => {
		const sectors = cats.filter((c) => c.profileId === r.id).map((c) => c.id);
		const home = r.producerMunicipality ?? r.organisationMunicipality ?? null;
		return {
			id: r.id,
			slug: r.slug,
			ownerKey: r.producerId ?? r.organisationId ?? r.id,
			direction: r.direction,
			kind: r.kind,
			sectors,
			sectorParents: sectors.map((s) => parentOfCat.get(s)).filter((x): x is number => typeof x === 'number'),
			countries: r.countries,
			regions: regions.filter((x) => x.profileId === r.id).map((x) => x.id),
			home: { country: home === null ? null : (terrById.get(home)?.country ?? null), territories: ancestry(home) },
			languages: r.languages
		};
	});
}
