// `npm run seed`: (re)loads the demo data into the configured database (DATA_DIR or DATABASE_URL).
// Demo rows are replaced; other data is left alone. On the embedded database it refuses to run
// while a server holds the folder (the lock in src/lib/server/db/lock.ts says which process).
import { config, ConfigError } from '../src/lib/server/config/env';
import { openDb } from '../src/lib/server/db/client';
import { DataDirLockedError } from '../src/lib/server/db/lock';
import { migrate } from '../src/lib/server/db/migrate';
import { seedDemo } from '../src/lib/server/seed/index';

try {
	const cfg = config();
	const handle = cfg.DATABASE_URL
		? await openDb({ databaseUrl: cfg.DATABASE_URL })
		: await openDb({ dataDir: cfg.dataDir, purpose: 'npm run seed' });
	try {
		await migrate(handle);
		const summary = await seedDemo(handle.db);
		console.log('Demo data loaded:', summary);
	} finally {
		await handle.close();
	}
} catch (e) {
	if (e instanceof ConfigError || e instanceof DataDirLockedError) {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}
