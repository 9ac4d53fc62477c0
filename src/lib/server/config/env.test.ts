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
