// `npm run restore -- <file>`: restores a backup made by `npm run backup` into the configured
// database (DATA_DIR or DATABASE_URL), which must be empty or freshly migrated — it refuses
// otherwise and changes nothing. On the embedded database it takes the data-folder lock.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { config, ConfigError } from '../src/lib/server/config/env';
import { openDb } from '../src/lib/server/db/client';
import { DataDirLockedError } from '../src/lib/server/db/lock';
import { restoreBackup, RestoreRefusedError } from '../src/lib/server/backup/restore';

const arg = process.argv[2];
if (!arg) {
	console.error('Usage: npm run restore -- <backup file>');
	process.exit(1);
}
const file = resolve(arg);
if (!existsSync(file)) {
	console.error(`No such file: ${file}`);
	process.exit(1);
}

try {
	const cfg = config();
	const handle = cfg.DATABASE_URL
		? await openDb({ databaseUrl: cfg.DATABASE_URL })
		: await openDb({ dataDir: cfg.dataDir, purpose: 'npm run restore' });
	try {
		const summary = await restoreBackup(handle, file);
		console.log(`Restored ${summary.rows} rows into ${summary.tables} tables from ${file}.`);
	} finally {
		await handle.close();
	}
} catch (e) {
	if (e instanceof ConfigError || e instanceof DataDirLockedError || e instanceof RestoreRefusedError) {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}
