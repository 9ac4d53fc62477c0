#!/usr/bin/env node
// The app's server (`npm start` runs it; `node scripts/server.mjs` after `npm run build`).
// adapter-node's own server (build/index.js: listening, graceful shutdown, socket activation) plus
// what it cannot be told to do:
// - the security headers on the static files it serves before any SvelteKit hook runs;
// - APP_PROCESSES: several app processes sharing the port (node:cluster), the scale-out path on one
//   PostgreSQL (nothing that matters lives in one process). The embedded database allows one.
import cluster from 'node:cluster';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HSTS, STATIC_FILE_HEADERS } from '../src/lib/server/hooks/common-headers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** APP_PROCESSES: a number ≥ 1 or "auto" (one per CPU core); default 1. */
function processCount(value, cores = availableParallelism()) {
	if (value === undefined || value === '') return 1;
	if (value === 'auto') return cores;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error('APP_PROCESSES must be a whole number from 1 to 64, or "auto"');
	return n;
}

/** Every file adapter-node serves from build/client, as URL paths. */
function staticPaths(dir = join(root, 'build/client')) {
	const paths = new Set();
	const walk = (d) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (!/\.(br|gz)$/.test(entry.name)) paths.add('/' + relative(dir, full).split(sep).join('/'));
		}
	};
	walk(dir);
	return paths;
}

function tlsFor(req) {
	if (process.env.TRUST_PROXY === 'true') return String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim() === 'https';
	return (process.env.ORIGIN ?? '').startsWith('https://');
}

/**
 * A port that is already taken is a common start-up mistake: say so in a sentence, not with Node's
 * stack trace. adapter-node listens while its module is evaluated, so the error arrives as an
 * uncaught exception before the import below returns; the handler is removed once listening.
 */
function explainListenErrors() {
	const handler = (e) => {
		if (e?.code === 'EADDRINUSE' && e.syscall === 'listen') console.error(`Tuvumā cannot start.\nPort ${e.port} is already in use (another Tuvumā, or another program). Stop it, or set PORT to a free port.`);
		else console.error(e);
		process.exit(1);
	};
	process.on('uncaughtException', handler);
	return () => process.off('uncaughtException', handler);
}

async function serve() {
	const files = staticPaths();
	const listened = explainListenErrors();
	const { server } = await import(pathToFileURL(join(root, 'build/index.js')).href);
	const running = () => {
		listened();
		const address = server.server.address();
		if (address && typeof address === 'object') console.log(`Tuvumā is running at http://localhost:${address.port}/`);
	};
	if (server.server.listening) running();
	else server.server.once('listening', running);
	// runs before polka's handler; SvelteKit's own responses are left to its hooks
	server.server.prependListener('request', (req, res) => {
		let path;
		try {
			path = decodeURIComponent((req.url ?? '/').split('?')[0]);
		} catch {
			return; // a malformed address is SvelteKit's to answer
		}
		if (!files.has(path)) return;
		for (const [name, value] of STATIC_FILE_HEADERS) res.setHeader(name, value);
		if (tlsFor(req)) res.setHeader(HSTS[0], HSTS[1]);
	});
}

function supervise(count) {
	if (!process.env.DATABASE_URL) {
		console.error('Tuvumā cannot start.\nAPP_PROCESSES above 1 needs DATABASE_URL (PostgreSQL): only one process may open the embedded database.');
		process.exit(1);
	}
	cluster.setupPrimary({ exec: fileURLToPath(import.meta.url) });
	let stopping = false;
	const started = new Map();
	const fork = () => started.set(cluster.fork().id, Date.now());
	// the first process migrates and seeds alone; the others start once it listens
	const first = cluster.fork();
	started.set(first.id, Date.now());
	first.once('listening', () => {
		for (let i = 1; i < count; i++) fork();
		console.log(`Tuvumā: ${count} app processes share the port.`);
	});
	cluster.on('exit', (worker, code, signal) => {
		if (stopping) {
			if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
			return;
		}
		// a process that dies right after starting would only die again: stop everything
		if (Date.now() - (started.get(worker.id) ?? 0) < 10_000) {
			console.error(`Tuvumā: an app process stopped during start-up (${signal ?? code}); stopping.`);
			stopping = true;
			for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
			process.exitCode = 1;
			return;
		}
		console.error(`Tuvumā: an app process stopped (${signal ?? code}); starting another.`);
		fork();
	});
	const stop = () => {
		stopping = true;
		for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
}

let count;
try {
	count = processCount(process.env.APP_PROCESSES);
} catch (e) {
	console.error(`Tuvumā cannot start.\n${e.message}`);
	process.exit(1);
}
if (cluster.isPrimary && count > 1) supervise(count);
else await serve();
