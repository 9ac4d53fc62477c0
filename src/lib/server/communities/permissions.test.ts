import { describe, expect, it } from 'vitest';
import { can, type Capability, type OrganisationRole, type Principal } from '../auth/permissions';

/** Staff of one organisation; the host's rows are checked with its id, another's with a foreign id. */
const staff = (role: OrganisationRole): Principal => ({
	userId: `u-${role}`,
	email: `${role}@example.lv`,
	emailVerified: true,
	roles: ['member'],
	producerIds: [],
	territoryIds: [],
	memberships: [{ organisationId: 'host', slug: 'host', role }]
});
const own = { organisationId: 'host' };
const foreign = { organisationId: 'other' };

describe('who may change a place’s community and an organisation’s lines (every mutation of darbs/vietas and darbs/konsultacijas)', () => {
	const staffActions: Capability[] = ['update:place_community', 'read:visit_request', 'update:visit_request', 'create:consultation_line', 'update:consultation_line'];
	it.each(staffActions)('%s: the host’s editors and coordinators, never another organisation’s', (capability) => {
		for (const role of ['editor', 'coordinator'] as const) {
			expect(can(staff(role), capability, own)).toBe(true);
			expect(can(staff(role), capability, foreign)).toBe(false);
		}
		expect(can(null, capability, own)).toBe(false);
	});
	it('only a coordinator removes a consultation line', () => {
		expect(can(staff('coordinator'), 'delete:consultation_line', own)).toBe(true);
		expect(can(staff('editor'), 'delete:consultation_line', own)).toBe(false);
	});
	it('anyone may ask for a visit, signed in or not', () => {
		expect(can(null, 'create:visit_request')).toBe(true);
	});
});
