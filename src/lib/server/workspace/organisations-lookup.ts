import { eq, inArray, sql } from 'drizzle-orm';
import { organisations } from '../db/schema';
import type { Db } from '../db/types';

/** The organisation a workspace belongs to (any status: staff work before it is published). */
export type WorkspaceOrganisation = { id: string; slug: string; name: string; status: string; retentionDays: number };

const columns = { id: organisations.id, slug: organisations.slug, name: organisations.name, status: organisations.status, retentionDays: organisations.participantRetentionDays };

export async function findWorkspaceOrganisation(db: Db, slug: string): Promise<WorkspaceOrganisation | null> {
	const [row] = await db.select(columns).from(organisations).where(eq(organisations.slug, slug));
	return row ?? null;
}

export async function findWorkspaceOrganisationById(db: Db, id: string): Promise<WorkspaceOrganisation | null> {
	const [row] = await db.select(columns).from(organisations).where(eq(organisations.id, id));
	return row ?? null;
}

/** Several organisations by id, in Latvian name order (the admin's and a member's workspace list). */
export async function listWorkspaceOrganisations(db: Db, ids?: string[]): Promise<WorkspaceOrganisation[]> {
	if (ids && !ids.length) return [];
	return db
		.select(columns)
		.from(organisations)
		.where(ids ? inArray(organisations.id, ids) : undefined)
		.orderBy(sql`${organisations.sortKey} COLLATE "C"`);
}
