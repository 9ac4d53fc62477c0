/**
 * Where insight is about: Latvia's municipalities (with their centres, for the map) and the
 * municipalities each organisation covers — a LAG's territory. Coverage given as a planning region
 * or the country means all of its municipalities; a parish or town means its municipality.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { organisationTerritories, organisations, territories } from '../db/schema';
import type { Db } from '../db/types';
import type { LocalizedText } from '../../domain/types';

export type MunicipalityRef = { id: number; slug: string; name: LocalizedText; sortKey: string; regionId: number | null; lat: number | null; lng: number | null };

export async function latvianMunicipalities(db: Db): Promise<MunicipalityRef[]> {
	return db
		.select({ id: territories.id, slug: territories.slug, name: territories.name, sortKey: territories.sortKey, regionId: territories.parentId, lat: territories.lat, lng: territories.lng })
		.from(territories)
		.where(and(eq(territories.kind, 'municipality'), eq(territories.countryCode, 'LV')));
}

/** Organisation id → the municipality ids it covers. */
export async function coveredMunicipalities(db: Db, organisationIds: readonly string[], municipalities: readonly MunicipalityRef[]): Promise<Map<string, number[]>> {
	const out = new Map<string, number[]>(organisationIds.map((id) => [id, []]));
	if (organisationIds.length === 0) return out;
	const rows = await db
		.select({ organisationId: organisationTerritories.organisationId, id: territories.id, kind: territories.kind, parentId: territories.parentId })
		.from(organisationTerritories)
		.innerJoin(territories, eq(territories.id, organisationTerritories.territoryId))
		.where(inArray(organisationTerritories.organisationId, [...organisationIds]));
	const munIds = new Set(municipalities.map((m) => m.id));
	for (const r of rows) {
		const list = out.get(r.organisationId)!;
		if (r.kind === 'municipality') list.push(r.id);
		else if (r.kind === 'planning_region') list.push(...municipalities.filter((m) => m.regionId === r.id).map((m) => m.id));
		else if (r.kind === 'country') list.push(...munIds);
		else if (r.parentId !== null && munIds.has(r.parentId)) list.push(r.parentId);
	}
	for (const [id, list] of out) out.set(id, [...new Set(list)].sort((a, b) => a - b));
	return out;
}

/** Published LEADER groups with a territory: the "per LAG territory" rows. */
export async function localActionGroups(db: Db): Promise<{ id: string; slug: string; name: string; sortKey: string }[]> {
	return db
		.select({ id: organisations.id, slug: organisations.slug, name: organisations.name, sortKey: organisations.sortKey })
		.from(organisations)
		.where(and(eq(organisations.kind, 'lag'), eq(organisations.status, 'published')));
}
