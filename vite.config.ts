import { paraglideVitePlugin } from '@inlang/paraglide-js';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		sveltekit({
			compilerOptions: {
				// Force runes mode for the project, except for libraries. Can be removed in svelte 6.
				runes: ({ filename }) =>
					filename.split(/[/\\]/).includes('node_modules') ? undefined : true
			},
			adapter: adapter(),
			// cross-site form posts are refused by src/lib/server/hooks/csrf.ts (the same rule, plus the
			// RFC 8058 one-click unsubscribe that mail providers post from their servers)
			csrf: { trustedOrigins: ['*'] },
			// Nonces for SvelteKit's inline scripts; map tiles may come from any https host (MAP_TILE_URL).
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:', 'blob:', 'https:'],
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
