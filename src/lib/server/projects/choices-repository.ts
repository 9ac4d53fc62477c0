/** What the project form offers: organisations to name as partners and territories to work in. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { organisations, projects, projectTerritories, territories } from '../db/schema';
import type { Db } from '../db/types';
import type { LocalizedText } from '$lib/domain/types';

/** Territory kinds a project can name: Latvian regions and municipalities, Moldovan raioane and municipalities. */
export const PROJECT_TERRITORY_KINDS = ['planning_region', 'municipality', 'md_district', 'md_municipality', 'md_autonomy'] as const;

export async function partnerOrganisationChoices(db: Db): Promise<{ id: string; name: string }[]> {
	return db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.status, 'published'))
		.orderBy(sql`${organisations.sortKey} COLLATE "C"`);
}

export type TerritoryChoice = { id: number; kind: string; countryCode: string; parentId: number | null; name: LocalizedText };

export async function projectTerritoryChoices(db: Db): Promise<TerritoryChoice[]> {
	return db
		.select({ id: territories.id, kind: territories.kind, countryCode: territories.countryCode, parentId: territories.parentId, name: territories.name })
		.from(territories)
		.where(inArray(territories.kind, [...PROJECT_TERRITORY_KINDS]))
		.orderBy(asc(territories.countryCode), sql`${territories.sortKey} COLLATE "C"`, asc(territories.id));
}

/** The names of the ids that name a published organisation (a forged form cannot name a draft one). */
export async function publishedOrganisationNames(db: Db, ids: string[]): Promise<Map<string, string>> {
	if (!ids.length) return new Map();
	const rows = await db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(and(inArray(organisations.id, ids), eq(organisations.status, 'published')));
	return new Map(rows.map((r) => [r.id, r.name]));
}

export async function existingProjectTerritoryIds(db: Db, ids: number[]): Promise<number[]> {
	if (!ids.length) return [];
	const rows = await db
		.select({ id: territories.id })
		.from(territories)
		.where(and(inArray(territories.id, ids), inArray(territories.kind, [...PROJECT_TERRITORY_KINDS])));
	return rows.map((r) => r.id);
}

/** The list page's filter choices: only territories and organisations that have a published project. */
export async function territoriesWithProjects(db: Db): Promise<{ id: number; slug: string; kind: string; countryCode: string; name: LocalizedText }[]> {
	return db
		.select({ id: territories.id, slug: territories.slug, kind: territories.kind, countryCode: territories.countryCode, name: territories.name })
		.from(territories)
		.innerJoin(projectTerritories, eq(projectTerritories.territoryId, territories.id))
		.innerJoin(projects, and(eq(projects.id, projectTerritories.projectId), eq(projects.status, 'published')))
		.groupBy(territories.id, territories.slug, territories.kind, territories.countryCode, territories.name, territories.sortKey)
		.orderBy(asc(territories.countryCode), sql`${territories.sortKey} COLLATE "C"`);
}

export async function organisationsWithProjects(db: Db): Promise<{ id: string; slug: string; name: string }[]> {
	return db
		.select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
		.from(organisations)
		.innerJoin(projects, and(eq(projects.organisationId, organisations.id), eq(projects.status, 'published')))
		.groupBy(organisations.id, organisations.slug, organisations.name, organisations.sortKey)
		.orderBy(sql`${organisations.sortKey} COLLATE "C"`);
}

/** A territory a project may name, by its slug; with its planning region (a region-wide project works there too). */
export async function projectTerritoryBySlug(db: Db, slug: string): Promise<{ id: number; parentId: number | null; kind: string; name: LocalizedText } | null> {
	const [row] = await db
		.select({ id: territories.id, parentId: territories.parentId, kind: territories.kind, name: territories.name })
		.from(territories)
		.where(and(eq(territories.slug, slug), inArray(territories.kind, [...PROJECT_TERRITORY_KINDS])))
		.orderBy(asc(territories.id))
		.limit(1);
	return row ?? null;
}
