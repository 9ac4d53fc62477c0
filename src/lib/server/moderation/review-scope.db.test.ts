import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { producers, user } from '$lib/server/db/schema';
import { can, type Principal } from '$lib/server/auth/permissions';
import { T } from '$lib/server/producers/test-fixtures';
import { openFixtureDb } from '$lib/server/producers/test-db';
import { revisionScope } from './access';
import { getRevision } from './revisions-repository';
import { submitRevision } from './revisions-flow';

let h: DbHandle;
beforeAll(async () => {
	h = await openFixtureDb();
	await h.db.insert(user).values(['owner-1', 'mod-1'].map((id) => ({ id, name: id, email: `${id}@example.lv`, emailVerified: true })));
});
afterAll(async () => h?.close());

const person = (userId: string, roles: NonNullable<Principal>['roles'], territoryIds: number[] = []): Principal => ({
	userId,
	email: `${userId}@example.lv`,
	emailVerified: true,
	roles,
	producerIds: [],
	territoryIds: territoryIds.map(String),
	memberships: []
});

async function producerIn(name: string): Promise<string> {
	const [p] = await h.db.select({ id: producers.id, m: producers.municipalityId }).from(producers).where(eq(producers.name, name));
	return p.id;
}

describe('who may decide on a revision', () => {
	it('a move into an editor’s territory needs the territory it leaves too', async () => {
		// Cepļi is in Kalnu novads; its owner proposes Ābeļu novads
		const id = await producerIn('Cepļi');
		const r = await submitRevision(h.db, { entityType: 'producer', entityId: id, proposed: { municipalityId: T.abelu }, author: { userId: 'owner-1', email: 'owner-1@example.lv', locale: 'lv' }, source: 'owner' });
		const scope = await revisionScope(h.db, (await getRevision(h.db, r.revisionId))!);
		expect(new Set(scope.municipalityIds)).toEqual(new Set([String(T.kalnu), String(T.abelu)]));
		expect(can(person('ed-abelu', ['territory_editor'], [T.abelu]), 'review:producer', scope)).toBe(false);
		expect(can(person('ed-kalnu', ['territory_editor'], [T.kalnu]), 'review:producer', scope)).toBe(false);
		expect(can(person('ed-both', ['territory_editor'], [T.abelu, T.kalnu]), 'review:producer', scope)).toBe(true);
		expect(can(person('mod-1', ['moderator']), 'review:producer', scope)).toBe(true);
	});

	it('an edit that stays in one municipality needs only that one', async () => {
		const id = await producerIn('Apīnes');
		const r = await submitRevision(h.db, { entityType: 'producer', entityId: id, proposed: { description: { lv: 'Jauns apraksts' } }, author: { userId: 'owner-1', email: 'owner-1@example.lv', locale: 'lv' }, source: 'owner' });
		const scope = await revisionScope(h.db, (await getRevision(h.db, r.revisionId))!);
		expect(scope.municipalityIds).toEqual([String(T.kalnu)]);
		expect(can(person('ed-kalnu', ['territory_editor'], [T.kalnu]), 'review:producer', scope)).toBe(true);
	});

	it('nobody approves their own change, not even a moderator or an admin (here one who also owns the listing)', async () => {
		const id = await producerIn('Āboliņš');
		const r = await submitRevision(h.db, { entityType: 'producer', entityId: id, proposed: { description: { lv: 'Moderatora paša labojums' } }, author: { userId: 'mod-1', email: 'mod-1@example.lv', locale: 'lv' }, source: 'owner' });
		const scope = await revisionScope(h.db, (await getRevision(h.db, r.revisionId))!);
		expect(can(person('mod-1', ['moderator']), 'review:producer', scope)).toBe(false);
		expect(can(person('mod-1', ['admin']), 'review:producer', scope)).toBe(false);
		expect(can(person('mod-2', ['moderator']), 'review:producer', scope)).toBe(true);
	});
});
