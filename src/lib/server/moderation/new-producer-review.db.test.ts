/**
 * Issue 12 ("smaller faults"): a new producer with the products and sales point its owner adds
 * while it waits is one review and one e-mail, not four.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { mailOutbox, producers, products, salesPoints, user } from '$lib/server/db/schema';
import { openFixtureDb } from '$lib/server/producers/test-db';
import { C, T } from '$lib/server/producers/test-fixtures';
import { addProduct, addSalesPoint, createListing } from '../owner/flow';
import { revisionView } from './queries';
import { decide } from './review-flow';
import { countQueue, listQueue } from './revisions-repository';
import { producerFormFields } from '../owner/test-forms';

let h: DbHandle;
let n = 0;
const author = (id: string) => ({ userId: id, email: `${id}@example.lv`, locale: 'lv' });
const producerForm = (name: string) =>
	producerFormFields({ name, descriptionLv: 'Rupjmaize no pašu rudziem.', municipalityId: T.kalnu, locationPrecision: 'municipality', categoryIds: [C.food] });
const bread = (nameLv: string) => ({ nameLv, categoryId: C.food, priceCents: 450, unit: 'piece', unitAmount: null });

/** A new owner signs up and, while the listing waits, adds two products and a farm gate. */
async function newProducerWithParts(pointMunicipality = T.kalnu) {
	const who = author(`owner-${++n}`);
	await h.db.insert(user).values({ id: who.userId, name: 'Owner', email: who.email, emailVerified: true });
	const name = `Rudzu klēts ${n}`;
	const { producerId } = await createListing(h.db, who, producerForm(name));
	await addProduct(h.db, who, producerId, bread(`Rupjmaize ${n}`));
	await addProduct(h.db, who, producerId, bread(`Saldskābmaize ${n}`));
	await addSalesPoint(h.db, who, producerId, { name: `Klēts durvis ${n}`, kind: 'farm_gate', municipalityId: pointMunicipality, address: null, locationPrecision: 'municipality' });
	const queue = await listQueue(h.db, {}, 1000, 0);
	const own = queue.filter((q) => q.authorUserId === who.userId);
	return { who, name, producerId, own };
}

const mailsTo = (to: string) => h.db.select({ subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, to));

beforeAll(async () => {
	h = await openFixtureDb();
	await h.db.insert(user).values({ id: 'mod-np', name: 'Moderator', email: 'mod-np@example.lv', emailVerified: true });
});
afterAll(async () => h?.close());

describe('a new producer is one review', () => {
	it('the queue shows the producer alone, and its review page shows the products and the point', async () => {
		const before = (await countQueue(h.db, {})).count;
		const { own, name } = await newProducerWithParts();
		expect(own.map((q) => q.entityType)).toEqual(['producer']);
		expect((await countQueue(h.db, {})).count).toBe(before + 1);
		const view = await revisionView(h.db, own[0].id, 'lv');
		expect(view?.name).toBe(name);
		expect(view?.parts.map((p) => [p.entityType, p.name])).toEqual([
			['product', `Rupjmaize ${n}`],
			['product', `Saldskābmaize ${n}`],
			['sales_point', `Klēts durvis ${n}`]
		]);
		expect(view?.parts[0].rows.find((r) => r.field === 'priceCents')).toMatchObject({ after: 450, changed: true });
	});

	it('approving the producer publishes the products and the point with it, and the owner gets one mail naming them', async () => {
		const { who, producerId, own, name } = await newProducerWithParts();
		expect(await decide(h.db, { revisionId: own[0].id, decision: 'approve', reviewerUserId: 'mod-np' })).toEqual({ ok: true });
		const [producer] = await h.db.select({ status: producers.status }).from(producers).where(eq(producers.id, producerId));
		expect(producer.status).toBe('published');
		const made = await h.db.select({ name: products.name }).from(products).where(eq(products.producerId, producerId));
		expect(made.map((p) => p.name.lv).sort()).toEqual([`Rupjmaize ${n}`, `Saldskābmaize ${n}`]);
		const [point] = await h.db.select({ status: salesPoints.status }).from(salesPoints).where(eq(salesPoints.name, `Klēts durvis ${n}`));
		expect(point.status).toBe('published');
		const mails = await mailsTo(who.email);
		expect(mails).toHaveLength(1);
		expect(mails[0].subject).toContain(name);
		expect(mails[0].text).toContain(`Kopā ar to publicēti arī: “Rupjmaize ${n}”, “Saldskābmaize ${n}” un “Klēts durvis ${n}”.`);
		expect((await listQueue(h.db, {}, 1000, 0)).filter((q) => q.authorUserId === who.userId)).toEqual([]);
	});

	it('rejecting the producer rejects its parts too, with one mail', async () => {
		const { who, own } = await newProducerWithParts();
		expect(await decide(h.db, { revisionId: own[0].id, decision: 'reject', reviewerUserId: 'mod-np', message: 'Nav mājražotājs' })).toEqual({ ok: true });
		const [point] = await h.db.select({ status: salesPoints.status }).from(salesPoints).where(eq(salesPoints.name, `Klēts durvis ${n}`));
		expect(point.status).toBe('rejected');
		const mails = await mailsTo(who.email);
		expect(mails).toHaveLength(1);
		expect(mails[0].text).toContain('Nav mājražotājs');
		expect(mails[0].text).toContain(`Kopā ar to nav publicēti arī: “Rupjmaize ${n}”`);
		expect((await listQueue(h.db, {}, 1000, 0)).filter((q) => q.authorUserId === who.userId)).toEqual([]);
	});

	it('"request changes" keeps the parts with the producer; they come back with it', async () => {
		const { who, own } = await newProducerWithParts();
		await decide(h.db, { revisionId: own[0].id, decision: 'request_changes', reviewerUserId: 'mod-np', message: 'Lūdzu, pievienojiet adresi' });
		expect((await listQueue(h.db, {}, 1000, 0)).filter((q) => q.authorUserId === who.userId)).toEqual([]);
		const view = await revisionView(h.db, own[0].id, 'lv');
		expect(view?.parts).toHaveLength(3);
		expect(await mailsTo(who.email)).toHaveLength(1);
	});

	it('a point outside the reviewer’s reach is not decided with the producer: it waits in the queue on its own', async () => {
		const { who, own, producerId } = await newProducerWithParts(T.abelu);
		const inKalnu = async (_tx: unknown, part: { municipalityId: number | null }) => part.municipalityId === T.kalnu;
		expect(await decide(h.db, { revisionId: own[0].id, decision: 'approve', reviewerUserId: 'mod-np', mayDecide: inKalnu })).toEqual({ ok: true });
		const waiting = (await listQueue(h.db, {}, 1000, 0)).filter((q) => q.authorUserId === who.userId);
		expect(waiting.map((q) => q.entityType)).toEqual(['sales_point']);
		expect(await h.db.select({ id: products.id }).from(products).where(eq(products.producerId, producerId))).toHaveLength(2);
		expect((await mailsTo(who.email))[0].text).not.toContain('Klēts durvis');
	});
});
