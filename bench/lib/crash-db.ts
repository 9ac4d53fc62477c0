// The database side of the crash harness (bench/crash.ts): a throwaway PostgreSQL cluster with
// fsync ON (scripts/lib/pg-cluster.sh turns it off for tests, which would make a crash test
// meaningless), the check that every acknowledged write is there, and amcheck over every btree
// index and every table's heap — on PostgreSQL through node-postgres, on PGlite by opening the data
// folder the way the app does (durable filesystem, fsync on) with PGlite's amcheck extension.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { DURABLE_START_PARAMS, DurableNodeFS } from '../../src/lib/server/db/durable-fs';

type Query = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;

/** PostgreSQL's binaries: PG_BIN, or the newest Debian install. */
function pgBin(): string {
	if (process.env.PG_BIN) return process.env.PG_BIN;
	const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
	return join('/usr/lib/postgresql', versions[0], 'bin');
}

/** initdb refuses to run as root: run it (and the server) as the postgres user then. */
const asOwner = (cmd: string, args: string[]) =>
	process.getuid?.() === 0 ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' }) : execFileSync(cmd, args, { stdio: 'pipe' });

export type Cluster = { url: string; postmasterPid: () => number; stop: () => void };

/** A new cluster on `port` (fsync on, as PostgreSQL ships), with an empty database `crash`. */
export function startCluster(port: number): Cluster {
	const bin = pgBin();
	const dir = mkdtempSync(join(tmpdir(), 'tuvuma-crash-pg-'));
	if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
	const data = join(dir, 'data');
	asOwner(join(bin, 'initdb'), ['-D', data, '-E', 'UTF8', '--locale=C.UTF-8', '-U', 'postgres', '--auth=trust']);
	asOwner(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`, '-w', 'start']);
	asOwner(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-qc', 'create database crash']);
	return {
		url: `postgres://postgres@127.0.0.1:${port}/crash`,
		postmasterPid: () => Number(execFileSync('head', ['-1', join(data, 'postmaster.pid')], { encoding: 'utf8' }).trim()),
		stop: () => {
			try {
				asOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}

export type Check = { missing: string[]; stored: number; amcheckErrors: string[]; indexes: number; tables: number };

/** Which acknowledged markers are absent: the suggestion's revision joined to its draft listing. */
async function missingOf(query: Query, acknowledged: string[]): Promise<{ missing: string[]; stored: number }> {
	const { rows } = await query(
		`select r.proposed->>'name' as name from revisions r join producers p on p.id = r.entity_id where r.source = 'suggestion' and p.name = r.proposed->>'name'`
	);
	const present = new Set(rows.map((r) => String(r.name)));
	return { missing: acknowledged.filter((name) => !present.has(name)), stored: present.size };
}

/** bt_index_check(heapallindexed) on every valid btree index, verify_heapam on every table and matview. */
async function amcheckAll(query: Query): Promise<{ errors: string[]; indexes: number; tables: number }> {
	await query('create extension if not exists amcheck');
	const errors: string[] = [];
	const indexes = (
		await query(`select c.oid::int as oid, c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
			where a.amname = 'btree' and c.relpersistence <> 't' and i.indisvalid and i.indisready`)
	).rows;
	for (const ix of indexes) {
		try {
			await query(`select bt_index_check(${Number(ix.oid)}, true)`);
		} catch (e) {
			errors.push(`index ${ix.name}: ${(e as Error).message}`);
		}
	}
	const tables = (await query(`select c.oid::int as oid, c.relname as name from pg_class c where c.relkind in ('r', 'm', 't') and c.relpersistence <> 't'`)).rows;
	for (const t of tables) {
		try {
			const bad = await query(`select blkno, offnum, msg from verify_heapam(${Number(t.oid)})`);
			for (const row of bad.rows) errors.push(`table ${t.name} block ${row.blkno} item ${row.offnum}: ${row.msg}`);
		} catch (e) {
			errors.push(`table ${t.name}: ${(e as Error).message}`);
		}
	}
	return { errors, indexes: indexes.length, tables: tables.length };
}

async function checkWith(query: Query, acknowledged: string[]): Promise<Check> {
	const { missing, stored } = await missingOf(query, acknowledged);
	const { errors, indexes, tables } = await amcheckAll(query);
	return { missing, stored, amcheckErrors: errors, indexes, tables };
}

export async function checkPostgres(url: string, acknowledged: string[]): Promise<Check> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await checkWith((text) => client.query(text), acknowledged);
	} finally {
		await client.end();
	}
}

/** The app must be stopped: one process per data folder. Opening it replays the WAL if needed. */
export async function checkPglite(dataDir: string, acknowledged: string[]): Promise<Check> {
	const folder = join(dataDir, 'pglite');
	if (!existsSync(folder)) throw new Error(`no embedded database in ${folder}`);
	const db = await PGlite.create({ fs: new DurableNodeFS(folder), startParams: DURABLE_START_PARAMS, extensions: { amcheck, pg_trgm } });
	try {
		return await checkWith((text) => db.query(text), acknowledged);
	} finally {
		await db.close();
	}
}
