/** The `imports` table (migration 0010): uploaded files, their progress and reports. */
import { desc, eq, sql } from 'drizzle-orm';
import { imports } from '../db/schema';
import type { Db } from '../db/types';
import type { ImportReport } from './report';

export type ImportStatus = (typeof imports.$inferSelect)['status'];

export type ImportRow = {
	id: string;
	fileName: string;
	sheet: string | null;
	asStatus: 'pending' | 'published';
	status: ImportStatus;
	phase: string | null;
	rowsTotal: number;
	rowsDone: number;
	rowsWritten: number;
	resumedAt: Date | null;
	report: ImportReport | null;
	error: string | null;
	createdBy: string | null;
	createdAt: Date;
	finishedAt: Date | null;
};

const columns = {
	id: imports.id,
	fileName: imports.fileName,
	sheet: imports.sheet,
	asStatus: imports.asStatus,
	status: imports.status,
	phase: imports.phase,
	rowsTotal: imports.rowsTotal,
	rowsDone: imports.rowsDone,
	rowsWritten: imports.rowsWritten,
	resumedAt: imports.resumedAt,
	report: imports.report,
	error: imports.error,
	createdBy: imports.createdBy,
	createdAt: imports.createdAt,
	finishedAt: imports.finishedAt
};

export async function insertImport(
	db: Db,
	input: { fileName: string; file: Uint8Array; sheet: string | null; asStatus: 'pending' | 'published'; createdBy: string | null }
): Promise<string> {
	const [row] = await db.insert(imports).values({ ...input, file: fileIn(input.file), status: 'queued' }).returning({ id: imports.id });
	return row.id;
}

/**
 * The file travels as base64 text, decoded and encoded by the database: PGlite (which runs on the
 * server's main thread) turns a bytea parameter into hex and parses hex results in JavaScript, byte
 * by byte — 5–10 s for a 9.5 MB upload during which no request was answered; base64 takes ~0.4 s.
 */
const fileIn = (file: Uint8Array) => sql`decode(${Buffer.from(file.buffer, file.byteOffset, file.byteLength).toString('base64')}, 'base64')`;

export async function findImport(db: Db, id: string): Promise<ImportRow | null> {
	const [row] = await db.select(columns).from(imports).where(eq(imports.id, id));
	return (row as ImportRow | undefined) ?? null;
}

export async function readImportFile(db: Db, id: string): Promise<Uint8Array | null> {
	const [row] = await db.select({ file: sql<string>`encode(${imports.file}, 'base64')` }).from(imports).where(eq(imports.id, id));
	// the database breaks base64 into lines; Node's decoder skips the line breaks
	return row ? new Uint8Array(Buffer.from(row.file, 'base64')) : null;
}

export async function listImports(db: Db, limit = 20): Promise<ImportRow[]> {
	return (await db.select(columns).from(imports).orderBy(desc(imports.createdAt)).limit(limit)) as ImportRow[];
}

export async function updateImport(
	db: Db,
	id: string,
	change: Partial<Pick<ImportRow, 'status' | 'phase' | 'rowsTotal' | 'rowsDone' | 'rowsWritten' | 'resumedAt' | 'report' | 'error' | 'finishedAt'>>
): Promise<void> {
	await db.update(imports).set({ ...change, updatedAt: sql`now()` }).where(eq(imports.id, id));
}
