import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';

// The paraglide vite plugin is left out on purpose: with it vitest hangs on close (stack notes).
// Unit tests import the compiled messages from src/lib/paraglide, which `npm run i18n` produces.
export default defineConfig({
	plugins: [sveltekit({ adapter: undefined })],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.db.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'data',
					environment: 'node',
					include: ['src/**/*.db.test.ts'],
					testTimeout: 60_000,
					// the first file of a run migrates and seeds the template every other file copies (events,
					// insight's months of searches): minutes on a busy two-core machine
					hookTimeout: 300_000,
					fileParallelism: false
				}
			}
		]
	}
});
