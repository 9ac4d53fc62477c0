import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDb } from '$lib/server/db/test-db';
import { producers, revisions, user } from '$lib/server/db/schema';
import { toPublicLocationOne } from '$lib/server/geography/public-locations';
import { decide } from '$lib/server/moderation/review-flow';
import { getRevision } from '$lib/server/moderation/revisions-repository';
import { createListing } from './flow';
import { producerFormFields } from './test-forms';

/** Issue 12, item 8: a village chosen as precision is stored as the locality and shown as that village. */
let h: DbHandle;
const JELGAVAS_NOVADS = 122;
const OZOLNIEKI = 3116; // the village (migration 0001)
const OZOLNIEKU_PAGASTS = 3107;
const author = { userId: 'u-village', email: 'village@example.lv', locale: 'lv' };
const form = producerFormFields({ name: 'Ciema medus', descriptionLv: 'Medus no Ozolniekiem.', municipalityId: JELGAVAS_NOVADS, address: 'Ozolnieki', categoryIds: [] });

beforeAll(async () => {
	h = await openTestDb();
	await h.db.insert(user).values([
		{ id: author.userId, name: 'Owner', email: author.email, emailVerified: true },
		{ id: 'mod-v', name: 'Mod', email: 'mod-v@example.lv', emailVerified: true }
	]);
});
afterAll(async () => h?.close());

const stored = async (id: string) =>
	(
		await h.db
			.select({ municipalityId: producers.municipalityId, localityId: producers.localityId, address: producers.address, lat: producers.lat, lng: producers.lng, locationPrecision: producers.locationPrecision })
			.from(producers)
			.where(eq(producers.id, id))
	)[0];

describe('a village named as the place', () => {
	it('is stored as the locality and shown as that village, in every language', async () => {
		const { producerId } = await createListing(h.db, author, form);
		const row = await stored(producerId);
		expect(row.localityId).toBe(OZOLNIEKI);
		const lv = await toPublicLocationOne(h.db, row, 'lv');
		expect(lv).toMatchObject({ precision: 'locality', locality: 'Ozolnieki', municipality: 'Jelgavas novads', address: null });
		expect((await toPublicLocationOne(h.db, row, 'ru')).locality).toBe('Озолниеки');
	});

	it('reads the parish out of a full address, and stays unset when the address names no place there', async () => {
		const a = await createListing(h.db, author, { ...form, name: 'Pagasta sēta', address: '“Ozolkalns”, Ozolnieku pagasts, Jelgavas novads', locationPrecision: 'exact' });
		expect((await stored(a.producerId)).localityId).toBe(OZOLNIEKU_PAGASTS);
		const b = await createListing(h.db, author, { ...form, name: 'Bez ciema', address: 'Meža iela 5' });
		expect((await stored(b.producerId)).localityId).toBeNull();
	});

	it('the moderator approves it with the locality', async () => {
		const { producerId } = await createListing(h.db, author, { ...form, name: 'Apstiprināts ciema medus' });
		const [pending] = await h.db.select({ status: producers.status }).from(producers).where(eq(producers.id, producerId));
		expect(pending.status).toBe('pending');
		const [{ id: revisionId }] = await h.db.select({ id: revisions.id }).from(revisions).where(eq(revisions.entityId, producerId));
		expect((await getRevision(h.db, revisionId))?.proposed).toMatchObject({ localityId: OZOLNIEKI });
		expect(await decide(h.db, { revisionId, decision: 'approve', reviewerUserId: 'mod-v' })).toEqual({ ok: true });
		expect((await stored(producerId)).localityId).toBe(OZOLNIEKI);
	});
});
