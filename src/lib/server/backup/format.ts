/**
 * The backup file: gzip-compressed JSON lines. Line 1 is the header; then, for each table in
 * foreign-key order, a `{"table": name}` line followed by one line per row (the row as a JSON
 * object, bytea as "\\x…" hex, jsonb as JSON, timestamps as text); the last line is the trailer:
 * the rows written per table and the SHA-256 of every line before it. A file without its trailer
 * was cut off (a killed backup, a partial copy) and is refused by restore. Portable between PGlite
 * and PostgreSQL because it is logical: no engine-specific dump format.
 */

export const BACKUP_FORMAT = 'tuvuma-backup';
/** 2: with the trailer line (version 1 files had none and are restored without that check). */
export const BACKUP_FORMAT_VERSION = 2;

export type BackupHeader = {
	format: typeof BACKUP_FORMAT;
	formatVersion: number;
	createdAt: string;
	engine: 'pglite' | 'postgres';
	/** Migrations applied when the backup was taken; a restore needs the same. */
	migration: { count: number; last: string | null };
	tables: { name: string; columns: string[]; rows: number }[];
};

export type TableMarker = { table: string };

export type BackupTrailer = { end: typeof BACKUP_FORMAT; rows: Record<string, number>; total: number; sha256: string };

export function isTrailer(value: unknown): value is BackupTrailer {
	return typeof value === 'object' && value !== null && (value as BackupTrailer).end === BACKUP_FORMAT;
}

export function isHeader(value: unknown): value is BackupHeader {
	return typeof value === 'object' && value !== null && (value as BackupHeader).format === BACKUP_FORMAT;
}

export function isTableMarker(value: unknown): value is TableMarker {
	return typeof value === 'object' && value !== null && typeof (value as TableMarker).table === 'string' && Object.keys(value).length === 1;
}

/**
 * Rows of a table that references itself, parents before children, so every statement of a
 * restore sees the rows it points to. Rows whose parent is missing come in the first round.
 */
export function parentsFirst(rowsIn: readonly Record<string, unknown>[], refs: readonly { column: string; target: string }[]): Record<string, unknown>[] {
	if (refs.length === 0) return [...rowsIn];
	const key = (v: unknown) => JSON.stringify(v);
	const pending = [...rowsIn];
	const placed = new Set<string>();
	const present = new Map(refs.map((r) => [r.target, new Set(rowsIn.map((row) => key(row[r.target])))]));
	const out: Record<string, unknown>[] = [];
	while (pending.length) {
		const round = pending.filter((row) =>
			refs.every((r) => {
				const v = row[r.column];
				return v === null || v === undefined || !present.get(r.target)!.has(key(v)) || placed.has(`${r.target}:${key(v)}`);
			})
		);
		if (round.length === 0) throw new Error('Rows reference each other in a cycle; they cannot be ordered parents first.');
		for (const row of round) {
			out.push(row);
			for (const r of refs) placed.add(`${r.target}:${key(row[r.target])}`);
			pending.splice(pending.indexOf(row), 1);
		}
	}
	return out;
}
