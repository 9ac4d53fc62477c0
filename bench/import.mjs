// Import speed: generates a producers spreadsheet (default 100,000 rows, 2–3 products each, messy
// municipality names as associations write them) and runs the real CLI (`scripts/import.ts`) on it
// against the configured database. Prints the seconds of each phase, rows/s and PASS/MISS against
// the target of ≤ 60 s on PostgreSQL for reading, validating and writing (committed). The search
// reindex afterwards is printed separately (it runs after the commit; the server does it in a job).
//
//   DATABASE_URL=postgres://…/empty_db node bench/import.mjs      # PostgreSQL (the target)
//   BENCH_DATA_DIR=/tmp/tuvuma-import-bench node bench/import.mjs  # PGlite folder (optional)
//
// BENCH_ROWS (100000), BENCH_STATUS (published | pending; published also measures the reindex).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MUNICIPALITIES, NAMES, PRODUCTS, WORDS } from './lib/producer-words.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const STATUS = process.env.BENCH_STATUS ?? 'published';
const databaseUrl = process.env.DATABASE_URL;
const dataDir = process.env.BENCH_DATA_DIR;
if (!databaseUrl && !dataDir) {
	console.error('Set DATABASE_URL (an empty PostgreSQL database) or BENCH_DATA_DIR (a PGlite folder).');
	process.exit(2);
}


function csvCell(s) {
	return /[;"\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function generate(file) {
	const lines = ['external_id;Nosaukums;Novads;Tālrunis;E-pasts;Produkti;Apraksts'];
	for (let i = 0; i < ROWS; i++) {
		const products = [PRODUCTS[i % 14], PRODUCTS[(i * 7 + 3) % 14], ...(i % 3 === 0 ? [PRODUCTS[(i * 5 + 1) % 14]] : [])];
		lines.push([
			`BENCH-${i}`,
			`${NAMES[i % 10]} ${WORDS[(i >> 3) % 6]} ${i}`,
			MUNICIPALITIES[i % MUNICIPALITIES.length],
			String(20_000_000 + i),
			`razotajs${i}@example.lv`,
			[...new Set(products)].join(', '),
			`Ražotājs nr. ${i}; mājas produkti.`
		].map(csvCell).join(';'));
	}
	writeFileSync(file, lines.join('\r\n') + '\r\n');
}

const dir = mkdtempSync(join(tmpdir(), 'tuvuma-import-bench-'));
const file = join(dir, `producers-${ROWS}.csv`);
let t = performance.now();
generate(file);
console.log(`generated ${ROWS.toLocaleString('en')} rows (${file}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
console.log(`database: ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${dataDir}`}, --as-status ${STATUS}`);

const env = { ...process.env, ...(dataDir && { DATA_DIR: dataDir }) };
const phases = {};
t = performance.now();
const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/import.ts', file, '--as-status', STATUS, '--locale', 'en', '--progress'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
let out = '';
child.stdout.on('data', (d) => (out += d));
child.stderr.on('data', (d) => {
	for (const line of String(d).split('\n')) {
		const m = /^progress (\w+)(?: \S+)? ([\d.]+) s$/.exec(line.trim());
		if (m) phases[m[1]] ??= Number(m[2]);
		else if (line.trim()) process.stderr.write(line + '\n');
	}
});
const code = await new Promise((resolve) => child.on('close', resolve));
const wall = (performance.now() - t) / 1000;
const summary = out.split('\n').find((l) => l.startsWith('Rows:')) ?? out.slice(-500);
console.log(summary);
if (code !== 0 && code !== 2) {
	console.log(`import failed with exit code ${code}`);
	process.exit(1);
}
// "committed" is reported right after the commit: everything before it is read + validate + write
const imported = phases.committed ?? phases.done;
const reindex = phases.done - imported;
const row = (label, s) => console.log(`${label.padEnd(40)}${s.toFixed(1).padStart(7)} s`);
row('read + validate + write (committed)', imported);
row('search reindex after commit', reindex);
row('whole CLI run (with tsx start, migrate)', wall);
console.log(`${Math.round(ROWS / imported).toLocaleString('en')} rows/s`);
if (databaseUrl) console.log(`target ≤ 60 s on PostgreSQL: ${imported <= 60 ? 'PASS' : 'MISS'} (${imported.toFixed(1)} s)`);
