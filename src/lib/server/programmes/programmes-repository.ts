/** All SQL for `programmes`: explicit columns, lists in Latvian order (sort_key COLLATE "C"). */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { programmes } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';

export const programmeColumns = {
	id: programmes.id,
	organisationId: programmes.organisationId,
	projectId: programmes.projectId,
	placeId: programmes.placeId,
	slug: programmes.slug,
	kind: programmes.kind,
	status: programmes.status,
	title: programmes.title,
	summary: programmes.summary,
	description: programmes.description,
	isDemo: programmes.isDemo,
	updatedAt: programmes.updatedAt
};
export type ProgrammeRow = { [K in keyof typeof programmeColumns]: (typeof programmes.$inferSelect)[K] };

const latvianOrder = sql`${programmes.sortKey} COLLATE "C"`;

export async function listProgrammesOfOrganisation(db: Db, organisationId: string): Promise<ProgrammeRow[]> {
	return db.select(programmeColumns).from(programmes).where(eq(programmes.organisationId, organisationId)).orderBy(latvianOrder, programmes.id);
}

export async function listPublishedProgrammes(db: Db, limit = 500, offset = 0): Promise<ProgrammeRow[]> {
	return db.select(programmeColumns).from(programmes).where(eq(programmes.status, 'published')).orderBy(latvianOrder, programmes.id).limit(limit).offset(offset);
}

export async function countPublishedProgrammes(db: Db): Promise<number> {
	const [row] = await db.select({ n: sql<number>`count(*)` }).from(programmes).where(eq(programmes.status, 'published'));
	return Number(row.n);
}

/** The organisation's programme, or nothing (another organisation's is not found either). */
export async function findOwnProgramme(db: Db, organisationId: string, id: string): Promise<ProgrammeRow | null> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
	const [row] = await db.select(programmeColumns).from(programmes).where(and(eq(programmes.id, id), eq(programmes.organisationId, organisationId)));
	return row ?? null;
}

export async function findProgrammeById(db: Db, id: string): Promise<ProgrammeRow | null> {
	const [row] = await db.select(programmeColumns).from(programmes).where(eq(programmes.id, id));
	return row ?? null;
}

export async function findPublishedProgramme(db: Db, slug: string): Promise<ProgrammeRow | null> {
	const [row] = await db.select(programmeColumns).from(programmes).where(and(eq(programmes.slug, slug), eq(programmes.status, 'published')));
	return row ?? null;
}

export async function programmeSlugsLike(db: Db, root: string): Promise<Set<string>> {
	const rows = await db.select({ slug: programmes.slug }).from(programmes).where(sql`${programmes.slug} LIKE ${`${root}%`}`);
	return new Set(rows.map((r) => r.slug));
}

export type ProgrammeValues = {
	kind: ProgrammeRow['kind'];
	status: ProgrammeRow['status'];
	title: LocalizedText;
	summary: LocalizedText;
	description: LocalizedText;
	projectId: string | null;
	placeId: string | null;
	sortKey: string;
};

export async function insertProgramme(db: Db, v: ProgrammeValues & { organisationId: string; slug: string; createdBy: string }): Promise<string> {
	const [row] = await db.insert(programmes).values(v).returning({ id: programmes.id });
	return row.id;
}

export async function updateProgramme(db: Db, id: string, v: ProgrammeValues, now: Date): Promise<void> {
	await db.update(programmes).set({ ...v, updatedAt: now }).where(eq(programmes.id, id));
}

export async function deleteProgramme(db: Db, id: string): Promise<void> {
	await db.delete(programmes).where(eq(programmes.id, id));
}

export async function programmesByIds(db: Db, ids: string[]): Promise<ProgrammeRow[]> {
	if (!ids.length) return [];
	return db.select(programmeColumns).from(programmes).where(inArray(programmes.id, ids));
}
