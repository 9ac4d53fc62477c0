import { paraglideVitePlugin } from '@inlang/paraglide-js';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { islands } from './scripts/vite-islands.ts';

export default defineConfig({
	plugins: [
		islands(),
		sveltekit({
			compilerOptions: {
				// Force runes mode for the project, except for libraries. Can be removed in svelte 6.
				runes: ({ filename }) =>
					filename.split(/[/\\]/).includes('node_modules') ? undefined : true
			},
			adapter: adapter(),
			// Every page's stylesheet goes inline (no render-blocking request; decision 006).
			inlineStyleThreshold: Infinity,
			// Hashes, not nonces, for SvelteKit's inline scripts and styles: the same page is the same bytes,
			// so its ETag holds (src/lib/server/hooks/compression.ts). Styles carry no 'unsafe-inline': no
			// style="" attribute anywhere, scripts style elements through the CSSOM. img-src gets the
			// configured tile host at run time (src/lib/server/hooks/security-headers.ts).
			csp: {
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self'],
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
});
