/**
 * Capabilities are typed from the permission table (issue 13): a misspelt one does not compile.
 * `npm run check` type-checks this file; each `@ts-expect-error` fails the check if the line compiles.
 */
import { describe, expect, it } from 'vitest';
import { can, type Capability } from './permissions';

describe('typed capabilities', () => {
	it('a capability somebody holds compiles; a typo or an unknown one does not', () => {
		const known: Capability = 'update:producer';
		// @ts-expect-error — "updat" is not an action in the table
		const typo: Capability = 'updat:producer';
		// @ts-expect-error — nobody holds anything on "producers" (plural)
		expect(can(null, 'read:producers')).toBe(false);
		expect(can(null, known)).toBe(false);
		expect(typo).toBe('updat:producer');
	});
});
