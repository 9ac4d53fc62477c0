import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
	it('keeps same-site paths with their query', () => {
		expect(safeNextPath('/lv/razotaji?q=medus', '/lv')).toBe('/lv/razotaji?q=medus');
	});
	it.each(['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'lv/konts', '/\u0000x', ''])('refuses %j', (next) => {
		expect(safeNextPath(next, '/lv/konts')).toBe('/lv/konts');
	});
	it('uses the fallback without a next', () => {
		expect(safeNextPath(null, '/lv/konts')).toBe('/lv/konts');
	});
});
