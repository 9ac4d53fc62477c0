#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// Runs the server in this process so SIGTERM/SIGINT reach adapter-node's graceful shutdown directly.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
	console.error(`Tuvumā needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
	process.exit(1);
}
if (!existsSync('node_modules/@sveltejs/kit')) {
	console.log('Installing dependencies (npm install) …');
	execSync('npm install', { stdio: 'inherit' });
}

function newest(path) {
	if (!existsSync(path)) return 0;
	const s = statSync(path);
	if (!s.isDirectory()) return s.mtimeMs;
	return readdirSync(path).reduce((t, name) => Math.max(t, newest(join(path, name))), s.mtimeMs);
}

const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
const sources = Math.max(...['src', 'messages', 'static', 'package.json', 'vite.config.ts'].map(newest));
if (built < sources || process.env.TUVUMA_REBUILD === '1') {
	console.log('Building Tuvumā (first start or changed sources) …');
	execSync('npm run build', { stdio: 'inherit' });
}

process.env.PORT ??= '3000';
// adapter-node refuses request bodies over BODY_SIZE_LIMIT (default 512 kB) before the app sees them;
// photo uploads need IMAGE_MAX_BYTES plus room for the other form fields.
process.env.BODY_SIZE_LIMIT ??= String(Number(process.env.IMAGE_MAX_BYTES || 10 * 1024 * 1024) + 1024 * 1024);
// adapter-node assumes https without ORIGIN; a local start is plain http.
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
await import(join(root, 'scripts/server.mjs'));
