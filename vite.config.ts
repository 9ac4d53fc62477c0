import { paraglideVitePlugin } from '@inlang/paraglide-js';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { islands } from './scripts/vite-islands.ts';

/** sha256 of the style attribute SvelteKit puts on its route announcer (@sveltejs/kit write_root.js). */
export const ANNOUNCER_STYLE_HASH = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

export default defineConfig(({ isSsrBuild }) => ({
	// Pages with SvelteKit's client load the framework (Svelte, SvelteKit) as one chunk instead of a
	// dozen small ones (issue 14); the app's own modules stay with the pages that use them.
	build: isSsrBuild
		? {}
		: {
				rolldownOptions: {
					output: {
						codeSplitting: {
							groups: [
								{ name: 'framework', test: /[\\/]node_modules[\\/](?!leaflet[\\/])/ }
							]
						}
					}
				}
			},
	plugins: [
		islands(),
		sveltekit({
			compilerOptions: {
				// Force runes mode for the project, except for libraries. Can be removed in svelte 6.
				runes: ({ filename }) =>
					filename.split(/[/\\]/).includes('node_modules') ? undefined : true
			},
			adapter: adapter(),
			// Every page's stylesheet goes inline (no render-blocking request; decision 007).
			inlineStyleThreshold: Infinity,
			// Hashes, not nonces, for SvelteKit's inline scripts and styles: the same page is the same bytes,
			// so its ETag holds (src/lib/server/hooks/compression.ts). Styles carry no 'unsafe-inline': no
			// style="" attribute anywhere, scripts style elements through the CSSOM. img-src gets the
			// configured tile host at run time (src/lib/server/hooks/security-headers.ts).
			// cross-site form posts are refused by src/lib/server/hooks/csrf.ts (the same rule, plus the
			// RFC 8058 one-click unsubscribe that mail providers post from their servers)
			csrf: { trustedOrigins: ['*'] },
			// Nonces for SvelteKit's inline scripts; map tiles may come from any https host (MAP_TILE_URL).
			csp: {
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					// 'unsafe-hashes' + one hash: the style="" of SvelteKit's route announcer on pages with
					// its client, that attribute only (csp.test.ts keeps the hash in step with SvelteKit)
					'style-src': ['self', 'unsafe-hashes', ANNOUNCER_STYLE_HASH],
					'img-src': ['self'],
					'connect-src': ['self'],
					'font-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none']
				}
			}
		}),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			emitTsDeclarations: true,
			// The locale is the first path segment (/lv/..., /en/...): see docs/decisions/002-i18n-routing.md
			strategy: ['custom-path', 'baseLocale']
		})
	]
}));
