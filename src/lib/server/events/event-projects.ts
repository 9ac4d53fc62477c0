/**
 * Events and the projects they belong to: the organiser chooses one of the organisation's own
 * projects, the public event page links to it, and the calendar filters by it (slug, or the uuid
 * that older links carry).
 */
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import { events, projects } from '../db/schema';
import type { Db } from '../db/types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const byName = sql`${projects.sortKey} COLLATE "C"`;

/** The event form's choice: every project of the organisation (drafts too: staff plan ahead). */
export async function projectChoices(db: Db, organisationId: string, locale: string): Promise<{ value: string; label: string }[]> {
	const rows = await db.select({ id: projects.id, title: projects.title }).from(projects).where(eq(projects.organisationId, organisationId)).orderBy(byName);
	return rows.map((r) => ({ value: r.id, label: localized(r.title, locale) }));
}

/** The project id the form named, when it is one of the organisation's projects; null otherwise. */
export async function ownProjectId(db: Db, value: string, organisationId: string): Promise<string | null> {
	if (!UUID.test(value)) return null;
	const [row] = await db.select({ id: projects.id }).from(projects).where(and(eq(projects.id, value), eq(projects.organisationId, organisationId)));
	return row?.id ?? null;
}

/** A calendar's `projekts` value (a slug, or an old link's uuid) → the project id; null when none. */
export async function projectIdOf(db: Db, value: string): Promise<string | null> {
	const match = UUID.test(value) ? or(eq(projects.slug, value), eq(projects.id, value)) : eq(projects.slug, value);
	const [row] = await db.select({ id: projects.id }).from(projects).where(match);
	return row?.id ?? null;
}

/** The project an event page links to: only a published one. */
export async function publicProjectLink(db: Db, projectId: string | null, locale: string): Promise<{ slug: string; title: string } | null> {
	if (!projectId) return null;
	const [row] = await db.select({ slug: projects.slug, title: projects.title }).from(projects).where(and(eq(projects.id, projectId), eq(projects.status, 'published')));
	return row ? { slug: row.slug, title: localized(row.title, locale) } : null;
}

/** The calendar's project filter: published projects that have public events. */
export async function projectsWithEvents(db: Db, locale: string): Promise<{ value: string; id: string; label: string }[]> {
	const rows = await db
		.select({ id: projects.id, slug: projects.slug, title: projects.title })
		.from(events)
		.innerJoin(projects, eq(projects.id, events.projectId))
		.where(and(inArray(events.status, ['published', 'cancelled']), eq(projects.status, 'published')))
		.groupBy(projects.id, projects.slug, projects.title, projects.sortKey)
		.orderBy(byName);
	return rows.map((r) => ({ value: r.slug, id: r.id, label: localized(r.title, locale) }));
}
