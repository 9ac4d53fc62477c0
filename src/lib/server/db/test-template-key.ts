import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A short hash of everything that shapes a freshly migrated and seeded test database: the SQL
 * migrations and the non-test server code (seed, search indexer, text helpers, domain rules).
 * Test templates are keyed by it, so a change to any of them builds new templates.
 */
let cached: string | undefined;

export function testTemplateKey(root = process.cwd()): string {
	if (cached) return cached;
	const hash = createHash('sha256');
	for (const file of [...filesUnder(join(root, 'drizzle')), ...filesUnder(join(root, 'src', 'lib'))].sort()) {
		if (/\.test\.ts$|\/paraglide\//.test(file)) continue;
		if (!/\.(ts|sql|json)$/.test(file)) continue;
		hash.update(file.slice(root.length)).update(readFileSync(file));
	}
	// the seed dates some rows relative to today
	hash.update(new Date().toISOString().slice(0, 10));
	cached = hash.digest('hex').slice(0, 12);
	return cached;
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}
