// The cost of durable writes on the embedded database (src/lib/server/db/durable-fs.ts): the same
// autocommitted inserts into a fresh PGlite folder as PGlite ships it (fsync off, syncs are no-ops)
// and as the app opens it (fsync on, syncs reach the disk), one after the other in one run.
//
//   npx tsx bench/durability.ts            # BENCH_WRITES (default 500), BENCH_DIR (default a temp folder)
//
// Prints ms per acknowledged write (p50, p95, mean), writes/s and the ratio durable ÷ as-shipped.
// The syncs per write are counted by strace in src/lib/server/db/durability.test.ts and by
// bench/crash.ts for the whole app (CRASH_SYNC_WRITES).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DURABLE_START_PARAMS, DurableNodeFS } from '../src/lib/server/db/durable-fs';

const WRITES = Number(process.env.BENCH_WRITES ?? 500);
const root = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'tuvuma-durability-'));

async function run(label: string, open: (dir: string) => Promise<PGlite>) {
	const dir = join(root, label);
	const pg = await open(dir);
	await pg.exec('create table t (id serial primary key, note text, at timestamptz default now())');
	const times: number[] = [];
	for (let i = 0; i < WRITES; i++) {
		const t0 = performance.now();
		await pg.query('insert into t (note) values ($1)', [`write ${i} ${'x'.repeat(200)}`]);
		times.push(performance.now() - t0);
	}
	const fsync = (await pg.query<{ fsync: string }>('show fsync')).rows[0].fsync;
	await pg.close();
	rmSync(dir, { recursive: true, force: true });
	times.sort((a, b) => a - b);
	const mean = times.reduce((a, b) => a + b, 0) / times.length;
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
	console.log(`${label.padEnd(24)} fsync=${fsync.padEnd(3)}  p50 ${at(0.5).toFixed(2)} ms  p95 ${at(0.95).toFixed(2)} ms  mean ${mean.toFixed(2)} ms  ${(1000 / mean).toFixed(0)} writes/s`);
	return mean;
}

console.log(`${WRITES} autocommitted inserts each, folder ${root}`);
const shipped = await run('as shipped (fsync off)', (dir) => PGlite.create(dir));
const durable = await run('durable (the app)', (dir) => PGlite.create({ fs: new DurableNodeFS(dir), startParams: DURABLE_START_PARAMS }));
console.log(`durable ÷ as shipped: ${(durable / shipped).toFixed(2)}× the time per write (+${(durable - shipped).toFixed(2)} ms)`);
if (!process.env.BENCH_DIR) rmSync(root, { recursive: true, force: true });
