// `npm run backup [-- file]`: writes a logical backup of the configured database (DATA_DIR or
// DATABASE_URL) to `file` (default ./backups/tuvuma-<time>.jsonl.gz). On the embedded database it
// takes the data-folder lock, so it refuses while a server runs there (stop the server first);
// on PostgreSQL it runs beside the server in one consistent snapshot. The file gets its name only
// when it is whole (written as <file>.partial, synced, then renamed; see backup/README.md).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { config, ConfigError } from '../src/lib/server/config/env';
import { openDb } from '../src/lib/server/db/client';
import { DataDirLockedError } from '../src/lib/server/db/lock';
import { BackupExistsError, writeBackup } from '../src/lib/server/backup/backup';

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
const file = resolve(process.argv[2] ?? `backups/tuvuma-${stamp}.jsonl.gz`);

try {
	const cfg = config();
	const handle = cfg.DATABASE_URL
		? await openDb({ databaseUrl: cfg.DATABASE_URL })
		: await openDb({ dataDir: cfg.dataDir, purpose: 'npm run backup' });
	try {
		mkdirSync(dirname(file), { recursive: true });
		const summary = await writeBackup(handle, file);
		console.log(`Backup written: ${summary.file} (${summary.tables} tables, ${summary.rows} rows).`);
	} finally {
		await handle.close();
	}
} catch (e) {
	if (e instanceof ConfigError || e instanceof DataDirLockedError || e instanceof BackupExistsError) {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}
