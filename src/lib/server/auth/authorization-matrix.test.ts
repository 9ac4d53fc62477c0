import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, type Actor, type Capability, type Principal } from './permissions';
import { capabilityOf, findMutations } from './route-scan';

/**
 * The authorization matrix: every actor (anonymous and each role) × every mutation the routes have.
 * The expectation comes only from the PERMISSIONS table; the check goes through `can()`, the function
 * `authorize()` uses — so a route, the table and the checker cannot silently disagree.
 */
const ACTORS: Actor[] = ['anonymous', 'member', 'producer', 'territory_editor', 'moderator', 'admin'];

function principalOf(actor: Actor): Principal {
	if (actor === 'anonymous') return null;
	return {
		userId: `u-${actor}`,
		email: `${actor}@example.lv`,
		emailVerified: true,
		roles: [actor],
		producerIds: actor === 'producer' ? ['own-producer'] : [],
		territoryIds: actor === 'territory_editor' ? ['own-municipality'] : []
	};
}

/** A row the actor is connected to (their own, their producer's, in their territory) … */
const ownResource = (actor: Actor) => ({ userId: `u-${actor}`, producerId: 'own-producer', municipalityId: 'own-municipality' });
/** … and one they are not. */
const foreignResource = { userId: 'someone-else', producerId: 'other-producer', municipalityId: 'other-municipality' };

function expected(actor: Actor, capability: Capability): { foreign: boolean; own: boolean } {
	const held = new Set(PERMISSIONS[actor]);
	const any = held.has(`${capability}:any`);
	const scoped = actor !== 'anonymous' && (held.has(`${capability}:own`) || held.has(`${capability}:territory`));
	return { foreign: any, own: any || scoped };
}

const mutations = findMutations('src/routes').map((mu) => ({ where: `${mu.file.replace(/^src\/routes/, '')} ${mu.name}`, capability: capabilityOf(mu) as Capability }));

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
