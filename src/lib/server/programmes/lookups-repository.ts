/** What the programme forms choose from and the pages name: the organisation's projects, coworking and incubator places. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { places, projects } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';

/** A programme runs at a coworking space or an incubator (the directory's places of those kinds). */
export const PROGRAMME_PLACE_KINDS = ['coworking', 'incubator'] as const;

export async function projectsOfOrganisation(db: Db, organisationId: string): Promise<{ id: string; title: LocalizedText }[]> {
	return db.select({ id: projects.id, title: projects.title }).from(projects).where(eq(projects.organisationId, organisationId)).orderBy(desc(projects.startsOn), projects.id);
}

export async function programmePlaces(db: Db): Promise<{ id: string; name: string }[]> {
	return db
		.select({ id: places.id, name: places.name })
		.from(places)
		.where(inArray(places.kind, [...PROGRAMME_PLACE_KINDS]))
		.orderBy(sql`${places.sortKey} COLLATE "C"`, places.id);
}

export async function isProjectOf(db: Db, organisationId: string, projectId: string): Promise<boolean> {
	const [row] = await db.select({ id: projects.id }).from(projects).where(and(eq(projects.id, projectId), eq(projects.organisationId, organisationId)));
	return !!row;
}

export async function isProgrammePlace(db: Db, placeId: string): Promise<boolean> {
	const [row] = await db.select({ id: places.id }).from(places).where(and(eq(places.id, placeId), inArray(places.kind, [...PROGRAMME_PLACE_KINDS])));
	return !!row;
}

/** Published names for public pages: the project and the place a programme names. */
export async function publicLinks(db: Db, projectId: string | null, placeId: string | null) {
	const [project] = projectId ? await db.select({ slug: projects.slug, title: projects.title }).from(projects).where(and(eq(projects.id, projectId), eq(projects.status, 'published'))) : [];
	const [place] = placeId ? await db.select({ slug: places.slug, name: places.name }).from(places).where(and(eq(places.id, placeId), eq(places.status, 'published'))) : [];
	return { project: project ?? null, place: place ?? null };
}
