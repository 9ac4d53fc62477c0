/**
 * The parts of a project — partners, territories, result figures, logos — each its own table,
 * always written together with the project (replaced as a whole on save) and read for a page
 * of projects at once.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { images, organisations, projectLogos, projectPartners, projectResults, projectTerritories, territories } from '../db/schema';
import type { Db } from '../db/types';
import type { LocalizedText } from '$lib/domain/types';

export type PartnerValues = { role: 'lead' | 'partner'; organisationId: string | null; name: string | null; country: string; website: string | null };
export type PartnerRow = PartnerValues & {
	projectId: string;
	organisation: { slug: string; name: string; published: boolean } | null;
};

export async function replacePartners(db: Db, projectId: string, partners: PartnerValues[]): Promise<void> {
	await db.delete(projectPartners).where(eq(projectPartners.projectId, projectId));
	if (partners.length) await db.insert(projectPartners).values(partners.map((p, position) => ({ ...p, projectId, position })));
}

export async function listPartners(db: Db, projectIds: string[]): Promise<PartnerRow[]> {
	if (!projectIds.length) return [];
	const rows = await db
		.select({
			projectId: projectPartners.projectId,
			role: projectPartners.role,
			organisationId: projectPartners.organisationId,
			name: projectPartners.name,
			country: projectPartners.country,
			website: projectPartners.website,
			orgSlug: organisations.slug,
			orgName: organisations.name,
			orgStatus: organisations.status
		})
		.from(projectPartners)
		.leftJoin(organisations, eq(organisations.id, projectPartners.organisationId))
		.where(inArray(projectPartners.projectId, projectIds))
		.orderBy(asc(projectPartners.projectId), asc(projectPartners.position));
	return rows.map(({ orgSlug, orgName, orgStatus, ...p }) => ({
		...p,
		organisation: orgSlug && orgName ? { slug: orgSlug, name: orgName, published: orgStatus === 'published' } : null
	}));
}

export async function replaceTerritories(db: Db, projectId: string, territoryIds: number[]): Promise<void> {
	await db.delete(projectTerritories).where(eq(projectTerritories.projectId, projectId));
	if (territoryIds.length) await db.insert(projectTerritories).values(territoryIds.map((territoryId) => ({ projectId, territoryId })));
}

export type ProjectTerritoryRow = { projectId: string; id: number; slug: string; kind: string; name: LocalizedText; countryCode: string };

export async function listProjectTerritories(db: Db, projectIds: string[]): Promise<ProjectTerritoryRow[]> {
	if (!projectIds.length) return [];
	return db
		.select({ projectId: projectTerritories.projectId, id: territories.id, slug: territories.slug, kind: territories.kind, name: territories.name, countryCode: territories.countryCode })
		.from(projectTerritories)
		.innerJoin(territories, eq(territories.id, projectTerritories.territoryId))
		.where(inArray(projectTerritories.projectId, projectIds))
		.orderBy(asc(territories.countryCode), sql`${territories.sortKey} COLLATE "C"`);
}

export type ResultValues = { value: number; label: LocalizedText; unit: LocalizedText | null };

export async function replaceResults(db: Db, projectId: string, results: ResultValues[]): Promise<void> {
	await db.delete(projectResults).where(eq(projectResults.projectId, projectId));
	if (results.length) await db.insert(projectResults).values(results.map((r, position) => ({ ...r, projectId, position })));
}

export async function listResults(db: Db, projectIds: string[]): Promise<(ResultValues & { projectId: string })[]> {
	if (!projectIds.length) return [];
	return db
		.select({ projectId: projectResults.projectId, value: projectResults.value, label: projectResults.label, unit: projectResults.unit })
		.from(projectResults)
		.where(inArray(projectResults.projectId, projectIds))
		.orderBy(asc(projectResults.projectId), asc(projectResults.position));
}

export async function addLogo(db: Db, projectId: string, imageId: string): Promise<void> {
	await db.insert(projectLogos).values({
		projectId,
		imageId,
		position: sql`(select count(*) from ${projectLogos} where ${projectLogos.projectId} = ${projectId})`
	});
}

/** Removes logos of this project only (the image row goes with it: a logo belongs to one project). */
export async function removeLogos(db: Db, projectId: string, imageIds: string[]): Promise<void> {
	if (!imageIds.length) return;
	const owned = await db
		.select({ imageId: projectLogos.imageId })
		.from(projectLogos)
		.where(and(eq(projectLogos.projectId, projectId), inArray(projectLogos.imageId, imageIds)));
	if (owned.length) await db.delete(images).where(inArray(images.id, owned.map((o) => o.imageId)));
}

export type LogoRow = { projectId: string; id: string; alt: string; width: number; height: number };

export async function listLogos(db: Db, projectIds: string[]): Promise<LogoRow[]> {
	if (!projectIds.length) return [];
	return db
		.select({ projectId: projectLogos.projectId, id: images.id, alt: images.alt, width: images.width, height: images.height })
		.from(projectLogos)
		.innerJoin(images, eq(images.id, projectLogos.imageId))
		.where(inArray(projectLogos.projectId, projectIds))
		.orderBy(asc(projectLogos.projectId), asc(projectLogos.position));
}
