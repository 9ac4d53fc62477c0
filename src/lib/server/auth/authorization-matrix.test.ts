import { describe, expect, it } from 'vitest';
import { EXPECTED_REACH } from './authorization-expected';
import { can, ORGANISATION_ROLES, PERMISSIONS, type Actor, type Capability, type OrganisationRole, type Principal } from './permissions';
import { capabilitiesOf, findMutations } from './route-scan';

/**
 * The authorization matrix: every actor (anonymous and each role) × every mutation the routes have.
 * The expectation is the hand-written table in authorization-expected.ts, never the PERMISSIONS
 * table `can()` reads; the check goes through `can()`, the function `authorize()` uses — so a route,
 * the table and the checker cannot silently disagree, and a widened right must be written down twice.
 */
/** Organisation staff (coordinator, editor) are members globally with a role in one organisation's workspace. */
const ACTORS: Actor[] = ['anonymous', 'member', 'producer', 'territory_editor', 'moderator', 'admin', 'editor', 'coordinator'];
const isOrganisationRole = (a: Actor): a is OrganisationRole => (ORGANISATION_ROLES as readonly string[]).includes(a);

function principalOf(actor: Actor): Principal {
	if (actor === 'anonymous') return null;
	return {
		userId: `u-${actor}`,
		email: `${actor}@example.lv`,
		emailVerified: true,
		roles: isOrganisationRole(actor) ? ['member'] : [actor],
		producerIds: actor === 'producer' ? ['own-producer'] : [],
		territoryIds: actor === 'territory_editor' ? ['own-municipality'] : [],
		memberships: isOrganisationRole(actor) ? [{ organisationId: 'own-organisation', slug: 'own', role: actor }] : []
	};
}

/** A row the actor is connected to (their own, their producer's, in their territory, their organisation's) … */
const ownResource = (actor: Actor) => ({
	userId: `u-${actor}`,
	producerId: 'own-producer',
	municipalityId: 'own-municipality',
	organisationId: 'own-organisation',
	email: `${actor}@example.lv`
});
/** … and one they are not. */
const foreignResource = {
	userId: 'someone-else',
	producerId: 'other-producer',
	municipalityId: 'other-municipality',
	organisationId: 'other-organisation',
	email: 'someone-else@example.lv'
};

function expected(actor: Actor, capability: Capability): { foreign: boolean; own: boolean } {
	const row = EXPECTED_REACH[capability];
	if (!row) throw new Error(`${capability} has no row in authorization-expected.ts: write down who may do it`);
	const reach = row[ACTORS.indexOf(actor)];
	return { foreign: reach === 'any', own: reach !== '-' };
}

const mutations = findMutations('src/routes').flatMap((mu) =>
	capabilitiesOf(mu).map((capability) => ({ where: `${mu.file.replace(/^src\/routes/, '')} ${mu.name}`, capability: capability as Capability }))
);

describe('authorization matrix: actor × mutation', () => {
	it('finds the mutations of the routes', () => {
		expect(mutations.length).toBeGreaterThan(10);
	});

	const rows = mutations.flatMap((mu) => ACTORS.map((actor) => [actor, mu.where, mu.capability] as const));
	it.each(rows)('%s × %s (%s)', (actor, _where, capability) => {
		const want = expected(actor, capability);
		const principal = principalOf(actor);
		expect(can(principal, capability, foreignResource), 'on a row that is not theirs').toBe(want.foreign);
		expect(can(principal, capability, ownResource(actor)), 'on their own row / territory').toBe(want.own);
	});

	it('every capability of the permission table is written down, and nothing more', () => {
		const granted = new Set(ACTORS.flatMap((a) => PERMISSIONS[a].map((p) => p.split(':').slice(0, 2).join(':'))));
		expect([...granted].sort()).toEqual(Object.keys(EXPECTED_REACH).sort());
		for (const capability of Object.keys(EXPECTED_REACH) as Capability[]) {
			for (const actor of ACTORS) {
				const want = expected(actor, capability);
				expect([actor, capability, can(principalOf(actor), capability, foreignResource)]).toEqual([actor, capability, want.foreign]);
				expect([actor, capability, can(principalOf(actor), capability, ownResource(actor))]).toEqual([actor, capability, want.own]);
			}
		}
	});

	it('spot checks the table says what the issue says', () => {
		const admin = principalOf('admin');
		const member = principalOf('member');
		const editor = principalOf('territory_editor');
		expect(can(admin, 'update:user')).toBe(true);
		expect(can(member, 'update:user')).toBe(false);
		expect(can(principalOf('moderator'), 'read:audit')).toBe(false);
		expect(can(editor, 'review:producer', { municipalityId: 'own-municipality' })).toBe(true);
		expect(can(editor, 'review:producer', { municipalityId: 'other-municipality' })).toBe(false);
		expect(can(editor, 'review:organisation', { municipalityId: 'own-municipality' })).toBe(false);
		expect(can(principalOf('producer'), 'update:producer', { producerId: 'own-producer' })).toBe(true);
		expect(can(principalOf('producer'), 'update:producer', { producerId: 'other-producer' })).toBe(false);
		expect(can(null, 'create:session')).toBe(true);
		expect(can(null, 'delete:session')).toBe(false);
	});
});

/**
 * The organisation reach, written out by hand (not derived from PERMISSIONS): for every programme
 * action, who may do it on another organisation's row ('any'), only on their own organisation's
 * row ('own'), or not at all ('-'). Order: anonymous, member, producer, territory editor, moderator,
 * admin, editor, coordinator.
 */
const ORGANISATION_TABLE: Record<string, string> = {
	'read:workspace': '-  -  -  -  -  any own own',
	'create:project': '-  -  -  -  -  any own own',
	'update:project': '-  -  -  -  -  any own own',
	'delete:project': '-  -  -  -  -  any -   own',
	'create:news': '-  -  -  -  -  any own own',
	'update:news': '-  -  -  -  -  any own own',
	'delete:news': '-  -  -  -  -  any own own',
	'create:membership': '-  -  -  -  -  any -   -',
	'update:membership': '-  -  -  -  -  any -   own',
	'delete:membership': '-  -  -  -  -  any -   own',
	'create:invitation': '-  -  -  -  -  any -   own',
	'delete:invitation': '-  -  -  -  -  any -   own',
	'read:person': '-  -  -  -  -  any -   own',
	'merge:person': '-  -  -  -  -  any -   own',
	'read:event': '-  -  -  -  -  any own own',
	'create:event': '-  -  -  -  -  any own own',
	'update:event': '-  -  -  -  -  any own own',
	'delete:event': '-  -  -  -  -  any -   own',
	'read:registration': '-  -  -  -  -  any own own',
	'checkin:registration': '-  -  -  -  -  any own own',
	'message:registration': '-  -  -  -  -  any -   own',
	// a visitor registers for a public event and uses their own signed link: anyone, anywhere
	'create:registration': 'any any any any any any any any',
	'update:registration': 'any any any any any any any any',
	// regional insight (issue 20): staff only; deleting interviews, merging codes and publishing are the coordinator's
	'read:insight': '-  -  -  -  -  any own own',
	'mark:need': '-  -  -  -  -  any own own',
	'subscribe:insight': '-  -  -  -  -  any own own',
	'export:insight': '-  -  -  -  -  any own own',
	'publish:insight': '-  -  -  -  -  any -   own',
	'create:interview': '-  -  -  -  -  any own own',
	'update:interview': '-  -  -  -  -  any own own',
	'delete:interview': '-  -  -  -  -  any -   own',
	'code:interview': '-  -  -  -  -  any own own',
	'create:need_code': '-  -  -  -  -  any own own',
	'update:need_code': '-  -  -  -  -  any own own',
	'merge:need_code': '-  -  -  -  -  any -   own',
	// the learning library (issue 16): staff add and edit, the coordinator removes
	'create:library_item': '-  -  -  -  -  any own own',
	'update:library_item': '-  -  -  -  -  any own own',
	'delete:library_item': '-  -  -  -  -  any -   own',
	'read:library_usage': '-  -  -  -  -  any own own',
	// surveys (issue 16): staff build, send, read and export; the coordinator deletes and publishes results
	'create:survey': '-  -  -  -  -  any own own',
	'update:survey': '-  -  -  -  -  any own own',
	'delete:survey': '-  -  -  -  -  any -   own',
	'send:survey': '-  -  -  -  -  any own own',
	'read:survey_results': '-  -  -  -  -  any own own',
	'export:survey_results': '-  -  -  -  -  any own own',
	'publish:survey_results': '-  -  -  -  -  any -   own',
	// brokerage days (issue 19): staff open an event's meeting booking and see the overview; a participant books for themselves
	'read:brokerage': '-  -  -  -  -  any own own',
	'update:brokerage': '-  -  -  -  -  any own own',
	'book:brokerage_meeting': '-  own own own own own own own',
	// an invitation is "own" when it is addressed to the signed-in person's address
	'accept:invitation': '-  own own own own own own own'
};

describe('organisation reach: every programme action × every role, on their organisation and on another', () => {
	const rows = Object.entries(ORGANISATION_TABLE).flatMap(([capability, line]) => {
		const cells = line.trim().split(/\s+/);
		return ACTORS.map((actor, i) => [capability, actor, cells[i]] as const);
	});

	it('the table names every actor for every action', () => {
		for (const line of Object.values(ORGANISATION_TABLE)) expect(line.trim().split(/\s+/)).toHaveLength(ACTORS.length);
	});

	it.each(rows)('%s as %s: %s', (capability, actor, want) => {
		const principal = principalOf(actor);
		expect(can(principal, capability as Capability, foreignResource), 'on another organisation’s row').toBe(want === 'any');
		expect(can(principal, capability as Capability, ownResource(actor)), 'on their own organisation’s row').toBe(want !== '-');
	});

	it('organisation roles grant nothing without a row naming the organisation', () => {
		const coordinator = principalOf('coordinator');
		expect(can(coordinator, 'create:project')).toBe(false);
		expect(can(coordinator, 'create:project', { municipalityId: 'own-municipality' })).toBe(false);
	});

	it('a role in one organisation does not reach another, even for the same person', () => {
		const both: Principal = {
			...principalOf('member')!,
			memberships: [
				{ organisationId: 'org-a', slug: 'a', role: 'coordinator' },
				{ organisationId: 'org-b', slug: 'b', role: 'editor' }
			]
		};
		expect(can(both, 'delete:project', { organisationId: 'org-a' })).toBe(true);
		expect(can(both, 'delete:project', { organisationId: 'org-b' })).toBe(false);
		expect(can(both, 'update:project', { organisationId: 'org-b' })).toBe(true);
		expect(can(both, 'update:project', { organisationId: 'org-c' })).toBe(false);
	});

	it('organisation roles hold only organisation-reach permissions (never a global one)', () => {
		for (const role of ORGANISATION_ROLES) for (const p of PERMISSIONS[role]) expect(p).toMatch(/:organisation$/);
	});
});
