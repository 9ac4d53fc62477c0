import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Search's import boundary (decision 011): code outside src/lib/server/search reaches search only
 * through its entry (index.ts: searchPort() and search's vocabulary) — never a module inside it,
 * so that the memory index stays one adapter of the port and a second one can replace it.
 * Tests outside search obey the same rule: they seed the index through searchPort().reindexAll.
 */
const SEARCH = resolve('src/lib/server/search');
const LIB = resolve('src/lib');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (name === 'node_modules' || name === 'paraglide') return [];
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(name) ? [path] : [];
	});
}

/** The specifiers of a file's static and dynamic imports and re-exports. */
function importsOf(source: string): string[] {
	const out: string[] = [];
	for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) out.push(m[1]);
	return out;
}

/** Where a specifier points (absolute, without extension), or null for packages. */
function target(file: string, specifier: string): string | null {
	if (specifier === '$lib' || specifier.startsWith('$lib/')) return join(LIB, specifier.slice(4)).replace(/\/$/, '');
	if (specifier.startsWith('.')) return resolve(dirname(file), specifier);
	return null;
}

/** A module inside search other than its entry. */
function isSearchInternal(path: string): boolean {
	const inside = relative(SEARCH, path.replace(/\.(ts|js)$/, ''));
	return inside !== '' && inside !== 'index' && !inside.startsWith('..');
}

describe('the search port boundary', () => {
	it('recognises what crosses it', () => {
		const f = resolve('src/lib/server/map/queries.ts');
		expect(isSearchInternal(target(f, '$lib/server/search')!)).toBe(false);
		expect(isSearchInternal(target(f, '../search')!)).toBe(false);
		expect(isSearchInternal(target(f, '../search/index.ts')!)).toBe(false);
		expect(isSearchInternal(target(f, '$lib/server/search/freshness')!)).toBe(true);
		expect(isSearchInternal(target(f, '../search/memory-index')!)).toBe(true);
		expect(isSearchInternal(target(f, '../searching/x')!)).toBe(false);
		expect(importsOf(`import { a } from '../search/engine';\nexport { b } from "$lib/server/search/top-k";\nconst c = await import('../search/flow');`)).toEqual([
			'../search/engine',
			'$lib/server/search/top-k',
			'../search/flow'
		]);
	});

	it('is crossed only through the entry, by every module and test outside search', () => {
		const files = sourceFiles('src').filter((f) => !resolve(f).startsWith(SEARCH + '/'));
		expect(files.length).toBeGreaterThan(300);
		const crossings = files.flatMap((f) =>
			importsOf(readFileSync(f, 'utf8'))
				.filter((s) => {
					const t = target(resolve(f), s);
					return t !== null && isSearchInternal(t);
				})
				.map((s) => `${f}: ${s}`)
		);
		expect(crossings).toEqual([]);
	});
});
