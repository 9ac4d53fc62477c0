// Islands: small browser scripts for pages rendered without SvelteKit's client (csr = false).
//
// `import src from '$lib/islands/search-box.ts?island'` gives the URL of that module bundled on its
// own (its imports included, minified) as an immutable, content-hashed asset. A page puts it in a
// `<script type="module">` (see src/lib/components/Island.svelte); nothing else of the app's
// JavaScript comes along. Both SvelteKit builds (server and client) emit the same file under the
// same name, and SvelteKit copies the server's assets into the client output, so the URL the server
// renders always exists. In `vite dev` the URL is the source file, which Vite serves transformed.
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

const SUFFIX = '?island';
const PREFIX = '\0island:';

export function islands(): Plugin {
	let dev = false;
	let root = process.cwd();
	return {
		name: 'tuvuma-islands',
		enforce: 'pre',
		configResolved(config) {
			dev = config.command === 'serve';
			root = config.root;
		},
		async resolveId(source, importer) {
			if (!source.endsWith(SUFFIX)) return null;
			const target = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
			if (!target) throw new Error(`island not found: ${source}`);
			return PREFIX + target.id;
		},
		async load(id) {
			if (!id.startsWith(PREFIX)) return null;
			const file = id.slice(PREFIX.length);
			if (dev) return `export default ${JSON.stringify(`/@fs${file}`)};`;
			const bundle = await rolldown({
				input: file,
				platform: 'browser',
				resolve: { alias: { $lib: resolve(root, 'src/lib') } },
				// an island must never pull the app's message catalogue or server code in by accident
				external: (name) => name.includes('/paraglide/') || name.includes('/server/')
			});
			try {
				const { output } = await bundle.generate({ format: 'es', minify: true, codeSplitting: false });
				for (const watched of await bundle.watchFiles) this.addWatchFile(watched);
				const [chunk] = output;
				if (output.length !== 1 || chunk.type !== 'chunk' || chunk.imports.length) {
					throw new Error(`island ${file} must bundle into one self-contained file`);
				}
				const hash = createHash('sha256').update(chunk.code).digest('base64url').slice(0, 10);
				const name = basename(file).replace(/\.[jt]s$/, '');
				const fileName = `_app/immutable/assets/island-${name}.${hash}.js`;
				this.emitFile({ type: 'asset', fileName, source: chunk.code });
				return `export default ${JSON.stringify(`/${fileName}`)};`;
			} finally {
				await bundle.close();
			}
		}
	};
}
