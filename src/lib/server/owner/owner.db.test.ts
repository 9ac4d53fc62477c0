import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { producerOwners, producers, products, salesPoints, user } from '$lib/server/db/schema';
import { openFixtureDb } from '$lib/server/producers/test-db';
import { C, slugOf, T } from '$lib/server/producers/test-fixtures';
import { decide } from '$lib/server/moderation/review-flow';
import { getRevision } from '$lib/server/moderation/revisions-repository';
import { addProduct, addSalesPoint, changeWaitingProduct, createListing, joinSalesPoint, removeProduct, updateHours, updateProduct, updateProfile } from './flow';
import { findSalesPointsToJoin, myDashboard, producerForEdit, productsForEdit, salesPointsForEdit } from './queries';
import { producerFormFields } from './test-forms';

let h: DbHandle;
const author = { userId: 'u-owner', email: 'owner@example.lv', locale: 'lv' };
const form = producerFormFields({ name: 'Rudzu klēts', descriptionLv: 'Rupjmaize no pašu rudziem.', municipalityId: T.kalnu, address: 'Rudzu iela 1', categoryIds: [C.food] });

beforeAll(async () => {
	h = await openFixtureDb();
	await h.db.insert(user).values({ id: author.userId, name: 'Owner', email: author.email, emailVerified: true });
});
afterAll(async () => h?.close());

describe('owner flows', () => {
	it('a new listing is pending, owned by its author and listed on the dashboard', async () => {
		const { producerId } = await createListing(h.db, author, form);
		const [row] = await h.db.select({ status: producers.status, name: producers.name }).from(producers).where(eq(producers.id, producerId));
		expect(row).toEqual({ status: 'pending', name: 'Rudzu klēts' });
		const owners = await h.db.select({ u: producerOwners.userId }).from(producerOwners).where(eq(producerOwners.producerId, producerId));
		expect(owners).toEqual([{ u: author.userId }]);
		const dash = await myDashboard(h.db, author.userId);
		expect(dash.listings.map((l) => [l.name, l.status])).toEqual([['Rudzu klēts', 'pending']]);
		const edit = await producerForEdit(h.db, producerId, 'lv');
		expect(edit?.producer.values).toMatchObject({ description: 'Rupjmaize no pašu rudziem.', locationPrecision: 'locality', categoryIds: String(C.food) });
	});

	it('on a published listing: price applies at once, name and description wait for review', async () => {
		const [bees] = await h.db.select({ id: producers.id, description: producers.description }).from(producers).where(eq(producers.slug, slugOf('Bišu māja')));
		const [honey] = await h.db.select({ id: products.id, name: products.name }).from(products).where(eq(products.producerId, bees.id));
		const out = await updateProduct(h.db, author, honey.id, { nameLv: 'Ziedu medus', categoryId: C.honey, priceCents: 275, unit: 'kg', unitAmount: '0.5' }, honey.name);
		expect(out).toEqual({ applied: ['priceCents'], pending: [] });
		const [after] = await h.db.select({ price: products.priceCents }).from(products).where(eq(products.id, honey.id));
		expect(after.price).toBe(275);

		const renamed = await updateProduct(h.db, author, honey.id, { nameLv: 'Pļavas medus', categoryId: C.honey, priceCents: 275, unit: 'kg', unitAmount: '0.5' }, honey.name);
		expect(renamed).toEqual({ applied: [], pending: ['name'] });
		expect((await productsForEdit(h.db, bees.id, 'lv')).products[0]).toMatchObject({ name: 'Ziedu medus', pendingFields: ['name'] });

		const edit = (await producerForEdit(h.db, bees.id, 'lv'))!;
		const profile = await updateProfile(h.db, author, bees.id, { ...form, name: 'Bišu māja', municipalityId: Number(edit.producer.values.municipalityId), descriptionLv: 'Jauns apraksts.' }, bees.description);
		expect(profile).not.toBe('unchanged');
		if (profile !== 'unchanged') expect(profile.pending).toContain('description');
		expect((await producerForEdit(h.db, bees.id, 'lv'))!.pendingFields).toContain('description');

		await removeProduct(h.db, author, bees.id, honey.id);
		expect(await h.db.select({ id: products.id }).from(products).where(eq(products.id, honey.id))).toEqual([]);
	});

	it('opening hours of an own sales point apply at once; a new sales point waits, linked', async () => {
		const [bees] = await h.db.select({ id: producers.id }).from(producers).where(eq(producers.slug, slugOf('Bišu māja')));
		const { salesPoints: list } = await salesPointsForEdit(h.db, bees.id, 'lv');
		const own = list.find((s) => s.editable)!;
		const out = await updateHours(h.db, author, own.id, 'We 10:00-12:00');
		expect(out).toEqual({ applied: ['openingHours'], pending: [] });
		const [sp] = await h.db.select({ hours: salesPoints.openingHours }).from(salesPoints).where(eq(salesPoints.id, own.id));
		expect(sp.hours).toBe('We 10:00-12:00');

		await addSalesPoint(h.db, author, bees.id, { name: 'Mājas galds', kind: 'farm_gate', municipalityId: T.kalnu, address: null, locationPrecision: 'municipality' });
		const after = await salesPointsForEdit(h.db, bees.id, 'lv');
		expect(after.salesPoints.find((s) => s.name === 'Mājas galds')?.status).toBe('pending');
	});

	it('a new product waiting for review is corrected (a new proposal replaces it) or withdrawn; a decided one is not', async () => {
		const [bees] = await h.db.select({ id: producers.id }).from(producers).where(eq(producers.slug, slugOf('Bišu māja')));
		const honey = { nameLv: 'Griķu medus', categoryId: C.honey, priceCents: 650, unit: 'kg', unitAmount: '0.5' };
		await addProduct(h.db, author, bees.id, honey);
		const [first] = (await productsForEdit(h.db, bees.id, 'lv')).waiting;
		expect(first).toMatchObject({ name: 'Griķu medus', values: { name: 'Griķu medus', price: '6,50', unit: 'kg', unitAmount: '0,5', categoryId: String(C.honey) } });

		// another listing's owner form cannot touch it
		expect(await changeWaitingProduct(h.db, author, '00000000-0000-4000-8000-000000000000', first.id, null)).toBe(false);

		expect(await changeWaitingProduct(h.db, author, bees.id, first.id, { ...honey, nameLv: 'Griķu medus (tumšais)', priceCents: 700 })).toBe(true);
		const [second] = (await productsForEdit(h.db, bees.id, 'lv')).waiting;
		expect(second).toMatchObject({ name: 'Griķu medus (tumšais)', priceCents: 700 });
		expect(second.id).not.toBe(first.id);
		expect((await getRevision(h.db, first.id))!.status).toBe('archived');
		// a moderator who opened the first proposal cannot approve it any more
		expect(await decide(h.db, { revisionId: first.id, decision: 'approve', reviewerUserId: author.userId })).toMatchObject({ ok: false });

		expect(await changeWaitingProduct(h.db, author, bees.id, second.id, null)).toBe(true);
		expect((await productsForEdit(h.db, bees.id, 'lv')).waiting).toEqual([]);
		expect(await changeWaitingProduct(h.db, author, bees.id, second.id, null)).toBe(false);
	});

	it('a listing joins a market already in the directory instead of adding a copy; found without diacritics, not offered twice', async () => {
		const [bees] = await h.db.select({ id: producers.id }).from(producers).where(eq(producers.slug, slugOf('Bišu māja')));
		const found = await findSalesPointsToJoin(h.db, bees.id, 'testa TIRG', 'lv');
		expect(found.map((f) => f.name)).toEqual(['Testa tirgus']);
		expect(await findSalesPointsToJoin(h.db, bees.id, 't', 'lv')).toEqual([]);
		expect(await joinSalesPoint(h.db, author, bees.id, found[0].id)).toBe('Testa tirgus');
		expect((await salesPointsForEdit(h.db, bees.id, 'lv')).salesPoints.map((sp) => sp.name)).toContain('Testa tirgus');
		expect(await findSalesPointsToJoin(h.db, bees.id, 'testa tirgus', 'lv')).toEqual([]);
		// a point that is not published cannot be joined
		const [pending] = await h.db.select({ id: salesPoints.id }).from(salesPoints).where(eq(salesPoints.status, 'pending')).limit(1);
		expect(pending).toBeDefined();
		expect(await joinSalesPoint(h.db, author, bees.id, pending.id)).toBeNull();
		expect(await joinSalesPoint(h.db, author, bees.id, '00000000-0000-4000-8000-000000000000')).toBeNull();
	});
});
