import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .svelte file under `dir` (generated Paraglide code and dependencies left out), for the scans in tests. */
export function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (name === 'node_modules' || name === 'paraglide') return [];
		if (statSync(path).isDirectory()) return svelteFiles(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}
