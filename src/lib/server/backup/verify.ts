import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { isHeader, isTableMarker, isTrailer, type BackupHeader } from './format';

export class RestoreRefusedError extends Error {}

const cutOff = (file: string, why: string) =>
	new RestoreRefusedError(
		`${file} is incomplete: ${why}. The backup was cut off — the process writing it stopped, or the file was copied only in part. ` +
			`Nothing was restored. Use another backup (a whole one ends with its trailer line).`
	);

/** The file's lines, gunzipped; a damaged or cut-off gzip stream becomes a refusal with a message, not a zlib stack trace. */
export async function* backupLines(file: string): AsyncGenerator<string> {
	const gunzip = createGunzip();
	let failure: Error | undefined;
	const input = createReadStream(file).on('error', (e) => gunzip.destroy(e));
	const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
	gunzip.on('error', (e) => {
		failure = e;
		lines.close();
	});
	try {
		for await (const line of lines) yield line;
	} catch (e) {
		failure ??= e as Error;
	}
	if (failure) throw cutOff(file, `its compressed data ends or breaks before the end (${(failure as NodeJS.ErrnoException).code ?? failure.message})`);
}

/**
 * Reads the whole file before anything is restored: header first, every line hashed, the trailer
 * last with the rows written per table and the SHA-256 of all lines before it. Version 1 backups
 * (no trailer) are checked only for a readable end of their compressed data.
 */
export async function verifyBackup(file: string): Promise<BackupHeader> {
	const hash = createHash('sha256');
	let header: BackupHeader | undefined;
	let table: string | undefined;
	const seen: Record<string, number> = {};
	for await (const line of backupLines(file)) {
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch {
			throw header ? cutOff(file, 'a line is not whole') : new RestoreRefusedError(`${file} is not a Tuvumā backup (no header line).`);
		}
		if (!header) {
			if (!isHeader(value)) throw new RestoreRefusedError(`${file} is not a Tuvumā backup (no header line).`);
			header = value;
		} else if (isTrailer(value)) {
			const problems = trailerProblems(header, seen, value, hash.digest('hex'));
			if (problems.length) throw new RestoreRefusedError(`${file} is damaged: ${problems.join('; ')}. Nothing was restored.`);
			return header;
		} else if (isTableMarker(value)) {
			table = value.table;
			seen[table] = 0;
		} else if (table !== undefined) {
			seen[table]++;
		}
		hash.update(`${line}\n`);
	}
	if (!header) throw new RestoreRefusedError(`${file} is not a Tuvumā backup (no header line).`);
	if (header.formatVersion < 2) return header;
	throw cutOff(file, 'it ends before its trailer line');
}

function trailerProblems(header: BackupHeader, seen: Record<string, number>, trailer: { rows: Record<string, number>; sha256: string }, digest: string): string[] {
	const problems: string[] = [];
	if (digest !== trailer.sha256) problems.push('its checksum does not match its contents');
	for (const t of header.tables) {
		const n = seen[t.name] ?? 0;
		if (n !== t.rows || trailer.rows[t.name] !== t.rows) problems.push(`table ${t.name} has ${n} rows, the backup says ${t.rows}`);
	}
	return problems;
}
