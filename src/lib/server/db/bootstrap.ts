import { config, type AppConfig } from '../config/env';
import { openDb, type DbHandle } from './client';
import { migrate } from './migrate';
import { loadAuthSecret } from '../auth/secret';
import { seedDemoIfEmpty } from '../seed/auto';
import { searchPort } from '../search';
import type { Db } from './types';

let handle: DbHandle | undefined;

/** Opens the configured database, migrates it and fills an empty one with demo data. */
export async function startDatabase(cfg: AppConfig = config()): Promise<DbHandle> {
	if (handle) return handle;
	const opened = cfg.DATABASE_URL
		? await openDb({ databaseUrl: cfg.DATABASE_URL })
		: await openDb({ dataDir: cfg.dataDir, purpose: 'server' });
	try {
		await migrate(opened);
		// before anything signs or checks a token: AUTH_SECRET, or the one kept with the data
		await loadAuthSecret(cfg, opened);
		if (cfg.SEED_DEMO === 'auto') await seedDemoIfEmpty(opened.db);
		// a database that existed before the search index was added gets it built once; after that,
		// listings out of step with it (published without a document, a document without a listing) are fixed
		// and the search's memory index is loaded before the first request, not during it
		const { reconciled } = await searchPort().prepare(opened.db);
		if (reconciled) console.log(`Tuvumā: search index reconciled with the tables (${reconciled} listings reindexed).`);
	} catch (e) {
		await opened.close();
		throw e;
	}
	handle = opened;
	return handle;
}

export function db(): Db {
	if (!handle) throw new Error('Database not started: startDatabase() runs in the server init hook');
	return handle.db;
}

export async function stopDatabase(): Promise<void> {
	const h = handle;
	handle = undefined;
	await h?.close();
}
