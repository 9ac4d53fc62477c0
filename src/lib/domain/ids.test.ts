import { describe, expect, it } from 'vitest';
import { isUuid, positiveInt4 } from './ids';

describe('ids from requests', () => {
	it('uuid: only the canonical form', () => {
		expect(isUuid('00000000-0000-0000-0000-000000000000')).toBe(true);
		expect(isUuid('00000000-0000-0000-0000-00000000000')).toBe(false);
		expect(isUuid('x'.repeat(36))).toBe(false);
		expect(isUuid(null)).toBe(false);
	});
	it('integer ids: positive and within PostgreSQL integer', () => {
		expect(positiveInt4('42')).toBe(42);
		expect(positiveInt4(' 7 ')).toBe(7);
		for (const bad of ['0', '-1', '1e9', '99999999999999999999', '2147483648', 'NaN', '', '4.5', null]) expect(positiveInt4(bad)).toBeNull();
		expect(positiveInt4('2147483647')).toBe(2147483647);
	});
});
