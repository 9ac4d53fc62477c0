import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { openTestDb } from '../db/test-db';
import type { Db } from '../db/types';
import { listTables, quoteIdent, rows } from './catalog';
import { writeBackup } from './backup';
import { restoreBackup, RestoreRefusedError } from './restore';

/**
 * seed → backup → restore into a freshly migrated database → every table's row count and a hash
 * of its ordered rows are equal. A scratch table adds what the app's own tables lack today:
 * bytea, an identity column and a self-reference.
 */

let source: DbHandle;
let target: DbHandle;
const dir = mkdtempSync(join(tmpdir(), 'tuvuma-backup-'));
const file = join(dir, 'backup.jsonl.gz');

const SCRATCH = `create table backup_scratch (
	id integer generated always as identity primary key,
	parent_id integer references backup_scratch(id),
	data bytea,
	note text,
	doubled integer generated always as (id * 2) stored
)`;

async function fingerprint(db: Db): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const t of await listTables(db)) {
		const [row] = await rows<{ n: number | string; h: string }>(
			db,
			sql.raw(`select count(*) as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as h from ${quoteIdent(t.name)} t`)
		);
		out[t.name] = `${Number(row.n)} ${row.h}`;
	}
	return out;
}

beforeAll(async () => {
	source = await openTestDb({ seed: true });
	await source.db.execute(sql.raw(SCRATCH));
	// children inserted before the parent row gets a smaller id: stored order ≠ parents-first order
	await source.db.execute(sql.raw(`insert into backup_scratch (data, note) values ('\\x00ff10'::bytea, 'root'), (null, 'other')`));
	await source.db.execute(sql.raw(`insert into backup_scratch (parent_id, data, note) values (2, '\\xdeadbeef'::bytea, 'child of 2')`));
	await source.db.execute(sql.raw(`update backup_scratch set parent_id = 3 where id = 1`));
	target = await openTestDb();
	await target.db.execute(sql.raw(SCRATCH));
}, 300_000);

afterAll(async () => {
	await source?.close();
	await target?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
	it('restores every table exactly into a freshly migrated database', async () => {
		const written = await writeBackup(source, file);
		expect(written.rows).toBeGreaterThan(1000);
		const restored = await restoreBackup(target, file);
		expect(restored.rows).toBe(written.rows);
		const before = await fingerprint(source.db);
		const after = await fingerprint(target.db);
		expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
		for (const name of Object.keys(before)) expect(after[name], name).toBe(before[name]);
		expect(Number(before.producers.split(' ')[0])).toBeGreaterThan(100);
	});

	it('resets sequences: the next identity value comes after the restored rows', async () => {
		await target.db.execute(sql.raw(`insert into backup_scratch (note) values ('after restore')`));
		const [row] = await rows<{ id: number }>(target.db, sql.raw(`select max(id) as id from backup_scratch`));
		expect(Number(row.id)).toBe(4);
		const [bytes] = await rows<{ hex: string }>(target.db, sql.raw(`select encode(data, 'hex') as hex from backup_scratch where id = 3`));
		expect(bytes.hex).toBe('deadbeef');
	});

	it('refuses to restore into a database that has data, and changes nothing', async () => {
		const before = await fingerprint(source.db);
		await expect(restoreBackup(source, file)).rejects.toThrow(RestoreRefusedError);
		await expect(restoreBackup(source, file)).rejects.toThrow(/empty or freshly migrated/);
		expect(await fingerprint(source.db)).toEqual(before);
	});
});

describe('a backup that did not finish', () => {
	it('never appears under its name: a failure midway leaves neither the file nor its .partial', async () => {
		const broken = join(dir, 'broken.jsonl.gz');
		await expect(
			writeBackup(source, broken, {
				onRow: (n) => {
					if (n === 500) throw new Error('disk full');
				}
			})
		).rejects.toThrow('disk full');
		expect(existsSync(broken)).toBe(false);
		expect(existsSync(`${broken}.partial`)).toBe(false);
	});

	it('a whole backup ends with a trailer: rows per table and a checksum', async () => {
		const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
		const trailer = JSON.parse(lines.at(-1)!);
		expect(trailer.end).toBe('tuvuma-backup');
		expect(trailer.total).toBeGreaterThan(1000);
		expect(trailer.rows.producers).toBeGreaterThan(100);
		expect(trailer.sha256).toBe(createHash('sha256').update(lines.slice(0, -1).map((l) => `${l}\n`).join('')).digest('hex'));
		expect(existsSync(`${file}.partial`)).toBe(false);
	});

	it('restore refuses a cut-off file with a message that says so, before touching the database', async () => {
		const fresh = await openTestDb();
		try {
			const whole = readFileSync(file);
			for (const [name, bytes] of [
				['cut-in-gzip.jsonl.gz', whole.subarray(0, Math.floor(whole.length * 0.6))],
				// a gzip stream that ends cleanly but lacks the trailer (a killed writer that still flushed)
				['no-trailer.jsonl.gz', gzipSync(gunzipSync(whole).toString('utf8').trimEnd().split('\n').slice(0, -1).join('\n') + '\n')]
			] as const) {
				const cut = join(dir, name);
				writeFileSync(cut, bytes);
				const before = await fingerprint(fresh.db);
				await expect(restoreBackup(fresh, cut)).rejects.toThrow(RestoreRefusedError);
				await expect(restoreBackup(fresh, cut)).rejects.toThrow(/is incomplete: .*cut off.*Nothing was restored/s);
				expect(await fingerprint(fresh.db)).toEqual(before);
			}
		} finally {
			await fresh.close();
		}
	});

	it('restore refuses a file whose contents changed after it was written', async () => {
		const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
		const i = lines.findIndex((l) => l.includes('"slug":"kalnmuizas"'));
		lines[i] = lines[i].replace('kalnmuizas', 'kalnmuizaz');
		const tampered = join(dir, 'tampered.jsonl.gz');
		writeFileSync(tampered, gzipSync(lines.join('\n') + '\n'));
		await expect(restoreBackup(target, tampered)).rejects.toThrow(/checksum does not match/);
	});
});
