import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The page CSP allows exactly one style attribute, SvelteKit's route announcer's (vite.config.ts).
// Should SvelteKit change that attribute, pages with its client would log a CSP error: this fails first.
describe('CSP style hash of the route announcer', () => {
	it('matches the style attribute in the installed SvelteKit', () => {
		const kitRoot = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
		const source = readFileSync(join(kitRoot, 'src/core/sync/write_root.js'), 'utf8');
		const style = /id="svelte-announcer"[^>]*style="([^"]*)"/.exec(source)?.[1];
		expect(style).toBeTruthy();
		const hash = `sha256-${createHash('sha256').update(style!).digest('base64')}`;
		expect(readFileSync('vite.config.ts', 'utf8')).toContain(`ANNOUNCER_STYLE_HASH = '${hash}'`);
	});
});
