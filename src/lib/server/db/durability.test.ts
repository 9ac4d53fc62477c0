import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Acknowledged writes on the embedded database reach the disk: the app's own openDb() on a data
 * folder runs under strace, which counts fsync/fdatasync system calls between two markers around
 * WRITES autocommitted inserts (each one acknowledged when its query returns). scripts/test.sh
 * installs Debian's strace like it installs chromium.
 */
const WRITES = 20;

const SCRIPT = `
import { accessSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { openDb } from '../src/lib/server/db/client.ts';
const mark = (name) => { try { accessSync('/tuvuma-durability-marker-' + name); } catch {} };
const handle = await openDb({ dataDir: process.argv[2], purpose: 'durability test' });
await handle.db.execute(sql\`create table t (id serial primary key, note text)\`);
mark('begin');
for (let i = 0; i < ${WRITES}; i++) await handle.db.execute(sql\`insert into t (note) values (\${'write ' + i})\`);
mark('end');
const [row] = (await handle.db.execute(sql\`select count(*)::int as n from t\`)).rows;
console.log('rows', row.n);
await handle.close();
`;

describe('embedded database durability', () => {
	it('syncs to disk before a write is acknowledged: at least one fsync/fdatasync per autocommitted write', () => {
		const dir = mkdtempSync(join(tmpdir(), 'durability-'));
		try {
			// in the repository's .tmp, so the script finds the project's packages
			mkdirSync(join(process.cwd(), '.tmp'), { recursive: true });
			const script = join(process.cwd(), '.tmp', `durability-probe-${process.pid}.mjs`);
			writeFileSync(script, SCRIPT);
			const trace = join(dir, 'strace.log');
			const run = spawnSync('strace', ['-f', '-qq', '-e', 'trace=fsync,fdatasync,access,faccessat,faccessat2', '-o', trace, process.execPath, '--import', 'tsx', script, join(dir, 'data')], {
				encoding: 'utf8',
				timeout: 180_000
			});
			rmSync(script, { force: true });
			expect(run.error, 'strace must be installed (scripts/lib/system-deps.sh installs it)').toBeUndefined();
			expect(run.stdout, run.stderr).toContain(`rows ${WRITES}`);
			const lines = readFileSync(trace, 'utf8').split('\n');
			const begin = lines.findIndex((l) => l.includes('tuvuma-durability-marker-begin'));
			const end = lines.findIndex((l) => l.includes('tuvuma-durability-marker-end'));
			expect(begin).toBeGreaterThan(-1);
			expect(end).toBeGreaterThan(begin);
			const syncs = lines.slice(begin, end).filter((l) => /\b(fsync|fdatasync)\(/.test(l) && !l.includes('unfinished'));
			expect(syncs.length).toBeGreaterThanOrEqual(WRITES);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 240_000);
});
