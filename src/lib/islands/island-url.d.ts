/** `import src from './x.ts?island'`: the URL of that module bundled on its own (scripts/vite-islands.ts). */
declare module '*?island' {
	const src: string;
	export default src;
}
