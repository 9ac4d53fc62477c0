/** Whether a project or event a library item names is the organisation's own. */
import { and, desc, eq } from 'drizzle-orm';
import type { LocalizedText } from '$lib/domain/types';
import { events, projects } from '../db/schema';
import type { Db } from '../db/types';

export async function belongsToOrganisation(db: Db, kind: 'project' | 'event', id: string, organisationId: string): Promise<boolean> {
	const table = kind === 'project' ? projects : events;
	const rows = await db
		.select({ id: table.id })
		.from(table)
		.where(and(eq(table.id, id), eq(table.organisationId, organisationId)));
	return rows.length > 0;
}

/** The organisation's projects and events a material may belong to (the form's two lists), newest first. */
export async function linkChoices(db: Db, organisationId: string): Promise<{ projects: { id: string; title: LocalizedText }[]; events: { id: string; title: LocalizedText }[] }> {
	const [projectRows, eventRows] = await Promise.all([
		db.select({ id: projects.id, title: projects.title }).from(projects).where(eq(projects.organisationId, organisationId)).orderBy(desc(projects.startsOn)),
		db.select({ id: events.id, title: events.title }).from(events).where(eq(events.organisationId, organisationId)).orderBy(desc(events.startsAt))
	]);
	return { projects: projectRows, events: eventRows };
}
