import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, type DbHandle } from './client';
import { pgliteExtensions } from './embedded-client';
import { migrate } from './migrate';
import { seedDemo } from '../seed/index';
import { drizzle } from 'drizzle-orm/pglite';
import * as schema from './schema';
import type { Db } from './types';
import { testTemplateKey } from './test-template-key';
import { loadAuthSecret } from '../auth/secret';

/**
 * A fresh, migrated (and optionally seeded) database for one data-layer test file: in-memory PGlite
 * by default, or a new database on the PostgreSQL server named by TEST_DATABASE_URL
 * (scripts/test.sh starts one). `close()` drops the PostgreSQL database again.
 *
 * Migrating and seeding take seconds per file, so the first file builds a template and the others
 * copy it: a PGlite data-dir dump under .tmp/test-db-templates, or a PostgreSQL template database.
 * The template's name is a hash of the migrations and the server code, so any change rebuilds it.
 */
export async function openTestDb(options: { seed?: boolean } = {}): Promise<DbHandle> {
	const variant = options.seed ? 'seeded' : 'empty';
	const serverUrl = process.env.TEST_DATABASE_URL;
	const handle = serverUrl ? await openPostgresCopy(serverUrl, variant) : await openDb({ memory: true, loadDataDir: await pgliteTemplate(variant) });
	// flows sign links with the installation's secret, as startDatabase() loads it in the app
	// (for a test database: the one its app_secrets row holds, generated on first use)
	await loadAuthSecret({ AUTH_SECRET: process.env.AUTH_SECRET, DATABASE_URL: serverUrl, dataDir: '' }, handle);
	return handle;
}

type Variant = 'seeded' | 'empty';

async function prepare(db: Db, variant: Variant): Promise<void> {
	await migrate({ db, kind: 'pglite', close: async () => {} });
	if (variant === 'seeded') await seedDemo(db);
}

const TEMPLATE_DIR = join(process.cwd(), '.tmp', 'test-db-templates');

async function pgliteTemplate(variant: Variant): Promise<Blob> {
	const file = join(TEMPLATE_DIR, `${testTemplateKey()}-${variant}.tar.gz`);
	if (!existsSync(file)) {
		const client = await PGlite.create({ extensions: pgliteExtensions });
		try {
			await prepare(drizzle(client, { schema }) as unknown as Db, variant);
			const dump = await client.dumpDataDir('gzip');
			mkdirSync(TEMPLATE_DIR, { recursive: true });
			// write then rename: a concurrent run never reads half a file
			const partial = `${file}.${process.pid}.partial`;
			writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
			renameSync(partial, file);
		} finally {
			await client.close();
		}
	}
	return new Blob([readFileSync(file)]);
}

async function openPostgresCopy(serverUrl: string, variant: Variant): Promise<DbHandle> {
	const template = `tuvuma_tpl_${testTemplateKey()}_${variant}`;
	await withAdmin(serverUrl, async (client) => {
		// one builder at a time; the others wait and then find the template ready
		await client.query('SELECT pg_advisory_lock(424242)');
		try {
			const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
			if (found.rowCount === 0) await buildPostgresTemplate(serverUrl, client, template, variant);
		} finally {
			await client.query('SELECT pg_advisory_unlock(424242)');
		}
	});
	return openThrowawayDatabase(serverUrl, `TEMPLATE ${template}`);
}

/** A new database on the server (from a template, or empty), dropped when the handle is closed. */
async function openThrowawayDatabase(serverUrl: string, createOptions: string): Promise<DbHandle> {
	const name = `tuvuma_test_${randomBytes(6).toString('hex')}`;
	await withAdmin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}${createOptions ? ` ${createOptions}` : ''}`));
	const opened = await openDb({ databaseUrl: databaseUrl(serverUrl, name) });
	return {
		...opened,
		close: async () => {
			await opened.close();
			await withAdmin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
		}
	};
}

async function buildPostgresTemplate(serverUrl: string, admin: pg.Client, template: string, variant: Variant): Promise<void> {
	// templates of older code are useless now: drop them so a long-lived server does not fill up
	const stale = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'tuvuma_tpl_%' AND datname LIKE $1`, [`%_${variant}`]);
	for (const row of stale.rows as { datname: string }[]) {
		await admin.query(`ALTER DATABASE ${row.datname} IS_TEMPLATE false`);
		await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
	}
	const building = `${template}_building`;
	await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
	await admin.query(`CREATE DATABASE ${building}`);
	const handle = await openDb({ databaseUrl: databaseUrl(serverUrl, building) });
	try {
		await migrate(handle);
		if (variant === 'seeded') await seedDemo(handle.db);
	} finally {
		await handle.close();
	}
	await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
	await admin.query(`ALTER DATABASE ${template} IS_TEMPLATE true`);
}

function databaseUrl(serverUrl: string, name: string): string {
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return url.toString();
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

/** An empty, unmigrated database (for tests of a migration itself): in-memory PGlite or a new PostgreSQL database. */
export async function openBlankTestDb(): Promise<DbHandle> {
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (!serverUrl) return openDb({ memory: true });
	return openThrowawayDatabase(serverUrl, '');
}

export const testDbKind = (): 'postgres' | 'pglite' => (process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
