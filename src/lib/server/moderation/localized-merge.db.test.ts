/** Issue 12, item 2: per-language texts merge, never replace each other; the diff says what each language becomes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { producers, user } from '$lib/server/db/schema';
import { C, T } from '$lib/server/producers/test-fixtures';
import { openFixtureDb } from '$lib/server/producers/test-db';
import { decide } from './review-flow';
import { submitRevision } from './revisions-flow';
import { revisionView } from './queries';

let h: DbHandle;
beforeAll(async () => {
	h = await openFixtureDb();
	await h.db.insert(user).values([{ id: 'mod-p', name: 'mod', email: 'mod-p@example.lv', emailVerified: true }, { id: 'own-p', name: 'own', email: 'own-p@example.lv', emailVerified: true }]);
});
afterAll(async () => h?.close());

const owner = { userId: 'own-p', email: 'own-p@example.lv', locale: 'lv' };

describe('per-language texts', () => {
	let producerId: string;
	beforeAll(async () => {
		const r = await submitRevision(h.db, {
			entityType: 'producer',
			entityId: null,
			proposed: { name: 'Viršu bišu drava', kind: 'farm', description: { lv: 'Liepu medus no Ābeļiem', en: 'Linden honey from Ābeļi' }, municipalityId: T.abelu, categoryIds: [C.honey] },
			author: owner,
			source: 'owner'
		});
		await decide(h.db, { revisionId: r.revisionId, decision: 'approve', reviewerUserId: 'mod-p' });
		producerId = r.entityId;
	});
	const row = async () => (await h.db.select({ description: producers.description }).from(producers).where(eq(producers.id, producerId)))[0];

	it('approving a Latvian-only description edit keeps the English text, and the diff says what each language becomes', async () => {
		const lvEdit = await submitRevision(h.db, { entityType: 'producer', entityId: producerId, proposed: { description: { lv: 'Liepu un viršu medus' } }, author: owner, source: 'owner' });
		// meanwhile someone improves the English text
		await submitRevision(h.db, { entityType: 'producer', entityId: producerId, proposed: { description: { lv: 'Liepu medus no Ābeļiem', en: 'Linden honey from the village of Ābeļi' } }, author: { userId: 'mod-p', email: null, locale: 'lv' }, source: 'moderator' });

		const view = await revisionView(h.db, lvEdit.revisionId, 'lv');
		expect(view?.approveRefusal).toBeNull();
		const desc = view!.rows.find((r) => r.field === 'description')!;
		expect(desc.languages).toEqual([
			{ lang: 'lv', before: 'Liepu medus no Ābeļiem', after: 'Liepu un viršu medus', changed: true },
			{ lang: 'en', before: 'Linden honey from the village of Ābeļi', after: 'Linden honey from the village of Ābeļi', changed: false }
		]);

		expect(await decide(h.db, { revisionId: lvEdit.revisionId, decision: 'approve', reviewerUserId: 'mod-p' })).toEqual({ ok: true });
		expect((await row()).description).toEqual({ lv: 'Liepu un viršu medus', en: 'Linden honey from the village of Ābeļi' });
	});

});
