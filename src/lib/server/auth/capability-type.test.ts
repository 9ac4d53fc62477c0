/**
 * Capabilities are typed from the permission table (issue 13): a misspelt one does not compile.
 * `npm run check` type-checks this file; each `@ts-expect-error` fails the check if the line compiles.
 */
import { describe, expect, it } from 'vitest';
import { can, ownNewRow, type Capability, type Principal } from './permissions';

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

	it('own reach needs the row it is about: without one it is refused; a new row names its author', () => {
		const member: Principal = { userId: 'u1', email: 'u1@example.lv', emailVerified: true, roles: ['member'], producerIds: [], territoryIds: [], memberships: [] };
		expect(can(member, 'create:producer')).toBe(false);
		expect(can(member, 'create:producer', ownNewRow(member))).toBe(true);
		expect(can(null, 'create:producer', ownNewRow(null))).toBe(false);
	});
});
