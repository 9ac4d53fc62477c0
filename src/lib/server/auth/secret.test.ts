import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/env';
import { SECRET_FILE, secretInFolder } from './secret';

/** The secret every installation used to share when AUTH_SECRET was unset: it is in the repository's history. */
const OLD_DEV_SECRET = 'tuvuma-development-secret-not-for-production-use';

describe('signing secret kept with the embedded database', () => {
	it('is generated on first start as a file only its owner can read, and reused afterwards', () => {
		const dir = mkdtempSync(join(tmpdir(), 'secret-'));
		const first = secretInFolder(dir);
		expect(first.length).toBeGreaterThanOrEqual(32);
		expect(first).not.toBe(OLD_DEV_SECRET);
		expect(statSync(join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
		expect(secretInFolder(dir)).toBe(first);
		// another installation gets another secret
		expect(secretInFolder(mkdtempSync(join(tmpdir(), 'secret-')))).not.toBe(first);
	});

	it('tightens a file others can read, and refuses a damaged one with a message that says what to do', () => {
		const dir = mkdtempSync(join(tmpdir(), 'secret-'));
		writeFileSync(join(dir, SECRET_FILE), 'k'.repeat(40), { mode: 0o644 });
		expect(secretInFolder(dir)).toBe('k'.repeat(40));
		expect(statSync(join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
		writeFileSync(join(dir, SECRET_FILE), 'short');
		expect(() => secretInFolder(dir)).toThrow(ConfigError);
		expect(() => secretInFolder(dir)).toThrow(/damaged.*Delete it/);
		expect(readFileSync(join(dir, SECRET_FILE), 'utf8')).toBe('short'); // nothing overwritten
	});
});
