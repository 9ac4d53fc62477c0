/** Whether a project or event a library item names is the organisation's own. */
import { and, eq } from 'drizzle-orm';
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
