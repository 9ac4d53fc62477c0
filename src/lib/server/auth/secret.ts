/**
 * The secret that signs sessions, e-mailed tokens and the anti-spam form token. There is no
 * built-in default anyone could read in the repository: AUTH_SECRET when set, otherwise a random
 * one generated on the first start and kept with the data —
 * - embedded database: the file DATA_DIR/auth-secret (mode 600), next to the database it protects;
 * - PostgreSQL outside production: the table app_secrets, so every app process shares it
 *   (production on PostgreSQL requires AUTH_SECRET, config/env.ts).
 * Relative imports only: CLI scripts start the database too.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { ConfigError, type AppConfig } from '../config/env';
import type { DbHandle } from '../db/client';
import { appSecrets } from '../db/schema';
import type { Db } from '../db/types';

export const SECRET_FILE = 'auth-secret';
const MIN_LENGTH = 32;

const generate = () => randomBytes(48).toString('base64url');

let current: string | undefined;

/** The secret in use; set once at start-up by startDatabase(). */
export function authSecret(): string {
	if (!current) throw new Error('The signing secret is not loaded yet: startDatabase() loads it at start-up');
	return current;
}

/** Resolves (and on first start creates) the secret for this configuration and database, and makes it current. */
export async function loadAuthSecret(cfg: Pick<AppConfig, 'AUTH_SECRET' | 'DATABASE_URL' | 'dataDir'>, handle: DbHandle): Promise<string> {
	current = await resolveAuthSecret(cfg, handle);
	return current;
}

export async function resolveAuthSecret(cfg: Pick<AppConfig, 'AUTH_SECRET' | 'DATABASE_URL' | 'dataDir'>, handle: DbHandle): Promise<string> {
	if (cfg.AUTH_SECRET) return cfg.AUTH_SECRET;
	if (handle.kind === 'pglite' && handle.dataDir) return secretInFolder(handle.dataDir);
	return secretInDatabase(handle.db);
}

/**
 * The folder's secret file, created on first use with mode 600 (written, synced, then renamed into
 * place, so a crash never leaves half a secret). A file others can read is tightened and reported.
 */
export function secretInFolder(dir: string): string {
	const file = join(dir, SECRET_FILE);
	if (existsSync(file)) {
		const mode = statSync(file).mode & 0o777;
		if (mode & 0o077) {
			chmodSync(file, 0o600);
			console.warn(`Tuvumā: ${file} was readable by others (mode ${mode.toString(8)}); it is now 600.`);
		}
		const value = readFileSync(file, 'utf8').trim();
		if (value.length < MIN_LENGTH) {
			throw new ConfigError(`The secret file ${file} is damaged (shorter than ${MIN_LENGTH} characters). Delete it to generate a new one (everyone will have to sign in again), or set AUTH_SECRET.`);
		}
		return value;
	}
	const value = generate();
	const partial = `${file}.partial`;
	const fd = openSync(partial, 'w', 0o600);
	try {
		writeSync(fd, `${value}\n`);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
	renameSync(partial, file);
	const dirFd = openSync(dir, 'r');
	try {
		fsyncSync(dirFd);
	} finally {
		closeSync(dirFd);
	}
	console.log(`Tuvumā: generated a signing secret in ${file} (set AUTH_SECRET to use your own).`);
	return value;
}

/** The database's secret: the first process to start inserts one, every later one reads the same row. */
export async function secretInDatabase(db: Db): Promise<string> {
	await db.insert(appSecrets).values({ name: 'auth', value: generate() }).onConflictDoNothing();
	const [row] = await db.select({ value: appSecrets.value }).from(appSecrets).where(sql`${appSecrets.name} = 'auth'`);
	return row.value;
}
