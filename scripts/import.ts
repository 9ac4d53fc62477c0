// `npm run import -- <file.csv|file.xlsx> [--dry-run] [--as-status pending|published] [--sheet NAME]
//  [--strict] [--locale lv|en|ro|ru] [--progress]`: imports producers into the configured database (DATA_DIR or
// DATABASE_URL, the same settings as the server) and prints the report. On the embedded database it
// takes the data-folder lock and refuses while a server holds it. Exit code: 0 every row imported,
// 2 imported with rows skipped, 1 nothing written (unreadable file, or errors in --strict mode).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { config, ConfigError } from '../src/lib/server/config/env';
import { openDb } from '../src/lib/server/db/client';
import { DataDirLockedError } from '../src/lib/server/db/lock';
import { migrate } from '../src/lib/server/db/migrate';
import { LOCALES, type Locale } from '../src/lib/server/import/fields';
import { runImport } from '../src/lib/server/import/flow';
import { formatReport } from '../src/lib/server/import/format-text';
import { exitCode } from '../src/lib/server/import/report';
import { runDueJobs } from '../src/lib/server/jobs/run-job';
import { SEARCH_REINDEX_JOB } from '../src/lib/server/search/reindex-job';

const USAGE = 'Usage: npm run import -- <file.csv|file.xlsx> [--dry-run] [--as-status pending|published] [--sheet NAME] [--strict] [--locale lv|en|ro|ru] [--progress]';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		'dry-run': { type: 'boolean', default: false },
		'as-status': { type: 'string', default: 'pending' },
		sheet: { type: 'string' },
		strict: { type: 'boolean', default: false },
		locale: { type: 'string', default: 'lv' },
		progress: { type: 'boolean', default: false },
		help: { type: 'boolean', default: false }
	}
});
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (positionals.length !== 1) fail(USAGE);
const asStatus = values['as-status'];
if (asStatus !== 'pending' && asStatus !== 'published') fail(`--as-status must be pending or published, not "${asStatus}"\n${USAGE}`);
const locale = values.locale as Locale;
if (!LOCALES.includes(locale)) fail(`--locale must be one of ${LOCALES.join(', ')}\n${USAGE}`);

let bytes: Uint8Array;
try {
	bytes = new Uint8Array(readFileSync(positionals[0]));
} catch (e) {
	fail(`Cannot read ${positionals[0]}: ${(e as Error).message}`);
}

try {
	const cfg = config();
	const handle = cfg.DATABASE_URL ? await openDb({ databaseUrl: cfg.DATABASE_URL }) : await openDb({ dataDir: cfg.dataDir, purpose: 'npm run import' });
	try {
		await migrate(handle);
		const started = performance.now();
		const report = await runImport(handle.db, bytes, {
			fileName: basename(positionals[0]),
			sheet: values.sheet,
			dryRun: values['dry-run'],
			asStatus,
			mode: values.strict ? 'strict' : 'skip',
			progressWhileWriting: true,
			// --progress: phases with elapsed seconds on stderr (bench/import.mjs reads them)
			onProgress: values.progress ? async (p) => console.error(`progress ${p.phase} ${p.done}/${p.total} ${((performance.now() - started) / 1000).toFixed(2)} s`) : undefined
		});
		// the search reindex was queued in the import's transaction; run it here, so search shows the
		// listings when this command ends (killed before that, a server's worker runs what is left)
		if (values.progress) console.error(`progress committed ${((performance.now() - started) / 1000).toFixed(2)} s`);
		if (report.written) await runDueJobs(handle.db, [SEARCH_REINDEX_JOB]);
		if (values.progress) console.error(`progress done ${((performance.now() - started) / 1000).toFixed(2)} s`);
		console.log(formatReport(report, locale));
		process.exitCode = exitCode(report);
	} finally {
		await handle.close();
	}
} catch (e) {
	if (e instanceof DataDirLockedError) {
		fail(`${e.message}\nThe embedded database can be opened by one process only. Stop the server, or import through it: /lv/admin/imports.`);
	}
	if (e instanceof ConfigError) fail(e.message);
	throw e;
}
