import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Types and helpers the server and the pages share live in `src/lib/contracts/` (issue 13): server code
 * that imported from `$lib/components` pulled UI modules into the server's dependency graph and tied
 * the two together in one direction only by habit. This keeps it a rule: the server and the contracts
 * never import from components, and the contracts never import from the server.
 */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(name) ? [path] : [];
	});
}

/** Every module a file imports or re-exports, as a path under src/lib (or the specifier when outside). */
function importedPaths(file: string, text: string): string[] {
	const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm)].map((m) => m[2]);
	return specifiers.map((s) =>
		s.startsWith('$lib/') ? join('src/lib', s.slice(5)) : s.startsWith('.') ? join(dirname(file), s) : s
	);
}

/** This file's own examples below look like imports, so it is the one file not scanned. */
const SELF = 'src/lib/server/layering.test.ts';

function offenders(dir: string, forbidden: readonly string[]): string[] {
	return sourceFiles(dir)
		.filter((file) => file !== SELF)
		.flatMap((file) =>
		importedPaths(file, readFileSync(file, 'utf8'))
			.filter((p) => forbidden.some((f) => resolve(p).startsWith(resolve(f) + '/')))
			.map((p) => `${file} imports ${p}`)
	);
}

describe('layering of shared contracts', () => {
	it('finds imports by $lib path, relative path, re-export and dynamic import', () => {
		const text = [
			"import type { A } from '$lib/components/a/types';",
			"export { b } from '../../components/b/format';",
			"const c = await import('$lib/components/c');",
			"import { d } from '$lib/contracts/d/types';"
		].join('\n');
		const found = importedPaths('src/lib/server/x/flow.ts', text);
		expect(found).toEqual(['src/lib/components/a/types', 'src/lib/components/b/format', 'src/lib/components/c', 'src/lib/contracts/d/types']);
	});

	it('no server file imports from components', () => {
		expect(sourceFiles('src/lib/server').length).toBeGreaterThan(100);
		expect(offenders('src/lib/server', ['src/lib/components'])).toEqual([]);
	});

	it('contracts import neither components nor server code', () => {
		expect(sourceFiles('src/lib/contracts').length).toBeGreaterThan(5);
		expect(offenders('src/lib/contracts', ['src/lib/components', 'src/lib/server'])).toEqual([]);
	});
});
