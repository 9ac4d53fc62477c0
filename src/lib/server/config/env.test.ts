import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './env';

describe('configuration', () => {
	it('has working defaults: port 3000, embedded database in ./data', () => {
		const cfg = parseConfig({});
		expect(cfg.PORT).toBe(3000);
		expect(cfg.dataDir).toMatch(/\/data$/);
		expect(cfg.DATABASE_URL).toBeUndefined();
	});

	it('names every bad variable and what to fix', () => {
		expect(() => parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
		try {
			parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
		} catch (e) {
			expect((e as Error).message).toContain('PORT');
			expect((e as Error).message).toContain('DATABASE_URL must start with postgres://');
		}
	});

	it('treats empty variables as unset', () => {
		expect(parseConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
	});
});

describe('auth and mail configuration', () => {
	it('refuses to start in production on PostgreSQL without AUTH_SECRET, says what to set', () => {
		expect(() => parseConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/tuvuma' })).toThrow(/AUTH_SECRET: required in production/);
		// the embedded database keeps a generated one in DATA_DIR (auth/secret.ts)
		expect(parseConfig({ NODE_ENV: 'production' }).AUTH_SECRET).toBeUndefined();
	});
	it('has no built-in secret and checks the length of a given one', () => {
		expect(parseConfig({}).AUTH_SECRET).toBeUndefined();
		expect(() => parseConfig({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET must be at least 32/);
		expect(parseConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) }).AUTH_SECRET).toBe('x'.repeat(32));
	});
	it('reads TRUST_PROXY as a number of trusted proxy hops', () => {
		expect(parseConfig({}).trustProxy).toBe(0);
		expect(parseConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
		expect(parseConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
		expect(parseConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
		expect(() => parseConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY must be false, true or the number/);
	});
	it('accepts smtp:// and smtps:// URLs only', () => {
		expect(parseConfig({ SMTP_URL: 'smtps://u:p@mail.example:465' }).SMTP_URL).toBe('smtps://u:p@mail.example:465');
		expect(() => parseConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL must start with smtp/);
	});
});
