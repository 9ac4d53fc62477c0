import { asc, eq, inArray, sql } from 'drizzle-orm';
import { organisations, organisationTerritories, territories } from '../db/schema';
import type { Db } from '../db/types';
import type { LocalizedText } from '../db/schema';

export type CoverageOrganisation = { id: string; slug: string; name: string; territoryIds: number[] };
export type CoverageChoice = { id: number; kind: 'planning_region' | 'municipality'; name: LocalizedText; parentId: number | null };

export async function organisationsWithCoverage(db: Db): Promise<CoverageOrganisation[]> {
	const orgs = await db
		.select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
		.from(organisations)
		.orderBy(sql`${organisations.sortKey} COLLATE "C"`);
	const links = await db.select({ organisationId: organisationTerritories.organisationId, territoryId: organisationTerritories.territoryId }).from(organisationTerritories);
	return orgs.map((o) => ({ ...o, territoryIds: links.filter((l) => l.organisationId === o.id).map((l) => l.territoryId) }));
}

export async function organisationBySlug(db: Db, slug: string): Promise<CoverageOrganisation | null> {
	const [org] = await db.select({ id: organisations.id, slug: organisations.slug, name: organisations.name }).from(organisations).where(eq(organisations.slug, slug));
	if (!org) return null;
	const links = await db.select({ territoryId: organisationTerritories.territoryId }).from(organisationTerritories).where(eq(organisationTerritories.organisationId, org.id));
	return { ...org, territoryIds: links.map((l) => l.territoryId) };
}

/** Latvian planning regions and municipalities: what an organisation can cover. */
export async function coverageChoices(db: Db): Promise<CoverageChoice[]> {
	const rows = await db
		.select({ id: territories.id, kind: territories.kind, name: territories.name, parentId: territories.parentId })
		.from(territories)
		.where(sql`${territories.countryCode} = 'LV' AND ${territories.kind} IN ('planning_region', 'municipality')`)
		.orderBy(sql`${territories.sortKey} COLLATE "C"`, asc(territories.id));
	return rows as CoverageChoice[];
}

export async function replaceCoverage(db: Db, organisationId: string, territoryIds: number[]): Promise<void> {
	await db.delete(organisationTerritories).where(eq(organisationTerritories.organisationId, organisationId));
	if (territoryIds.length) await db.insert(organisationTerritories).values(territoryIds.map((territoryId) => ({ organisationId, territoryId })));
}

/** Only ids that exist among the choices (a forged form cannot link arbitrary territories). */
export async function validTerritoryIds(db: Db, ids: number[]): Promise<number[]> {
	if (!ids.length) return [];
	const rows = await db
		.select({ id: territories.id })
		.from(territories)
		.where(sql`${inArray(territories.id, ids)} AND ${territories.kind} IN ('planning_region', 'municipality')`);
	return rows.map((r) => r.id);
}

export async function organisationExists(db: Db, id: string): Promise<boolean> {
	const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id)).limit(1);
	return !!row;
}
