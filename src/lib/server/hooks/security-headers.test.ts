import { describe, expect, it } from 'vitest';
import { allowAnyFrameAncestor, isEmbeddable } from './security-headers';

describe('framing', () => {
	it('only the widget route may be framed', () => {
		expect(isEmbeddable('/lv/logrikis')).toBe(true);
		expect(isEmbeddable('/ru/logrikis/')).toBe(true);
		expect(isEmbeddable('/lv/logrikis/kods')).toBe(false);
		expect(isEmbeddable('/lv/razotaji')).toBe(false);
		expect(isEmbeddable('/xx/logrikis')).toBe(false);
	});
	it('opens frame-ancestors and leaves the rest of the policy alone', () => {
		expect(allowAnyFrameAncestor("default-src 'self'; frame-ancestors 'none'; object-src 'none'")).toBe(
			"default-src 'self'; frame-ancestors *; object-src 'none'"
		);
	});
});
