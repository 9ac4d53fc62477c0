import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { auditLog, mailOutbox, people, personConfirmations, personMerges } from '../db/schema';
import { listParticipationFacts } from '../participation/participations-repository';
import { resolverOf, summarizeParticipation, uniqueParticipants } from '../participation/domain';
import { CONFIRM_EMAIL, confirmByToken, requestConfirmation } from './confirmation';
import { anonymisePerson, mergePeople, personForEmail, personForUser } from './flow';
import { findPersonById } from './people-repository';
import { sweepRetention } from './retention';
import { addTestOrganisation, addUser, takePart } from './test-fixtures';

let h: DbHandle;
let lielupe: string;
let other: string;
beforeAll(async () => {
	h = await openTestDb();
	lielupe = await addTestOrganisation(h.db, 't-lielupe');
	other = await addTestOrganisation(h.db, 't-cita');
});
afterAll(async () => h?.close());

const linkIn = async (to: string) => {
	const [mail] = await h.db.select({ text: mailOutbox.text, subject: mailOutbox.subject }).from(mailOutbox).where(eq(mailOutbox.to, to));
	return { mail, token: new URL(mail.text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')! };
};

describe('one person per address', () => {
	it('finds the same person however the address is typed', async () => {
		const a = await personForEmail(h.db, { email: ' Anna.Berzina@Example.LV ', name: 'Anna Bērziņa', locale: 'lv' });
		const b = await personForEmail(h.db, { email: 'anna.berzina@example.lv', locale: 'en' });
		expect(b.id).toBe(a.id);
		expect(b.name).toBe('Anna Bērziņa');
		expect(a.confirmedAt).toBeNull();
	});

	it('an account is linked to the person of its address, confirmed, and found again by the account', async () => {
		const before = await personForEmail(h.db, { email: 'juris@example.lv', locale: 'lv' });
		await addUser(h.db, 'u-juris', 'juris@example.lv', 'Juris Kalniņš');
		const linked = await personForUser(h.db, { id: 'u-juris', email: 'juris@example.lv', name: 'Juris Kalniņš', locale: 'lv' });
		expect(linked.id).toBe(before.id);
		expect(linked.userId).toBe('u-juris');
		expect(linked.confirmedAt).toBeInstanceOf(Date);
		expect((await personForUser(h.db, { id: 'u-juris', email: 'juris@example.lv', name: '', locale: 'lv' })).id).toBe(before.id);
	});
});

describe('confirmation by a signed, single-use link through the mail jobs', () => {
	it('the mailed link confirms the person once; a second click says "used"', async () => {
		const person = await personForEmail(h.db, { email: 'ilze@example.lv', locale: 'ru' });
		await h.db.transaction((tx) => requestConfirmation(tx, { person, purpose: CONFIRM_EMAIL }));
		const { mail, token } = await linkIn('ilze@example.lv');
		expect(mail.subject).toBe('Подтвердите свой адрес эл. почты');
		expect(mail.text).toContain('/ru/apstiprinat-e-pastu?token=');
		expect(await confirmByToken(h.db, token)).toEqual({ ok: true, next: null, message: null });
		expect((await findPersonById(h.db, person.id))?.confirmedAt).toBeInstanceOf(Date);
		expect(await confirmByToken(h.db, token)).toEqual({ ok: false, reason: 'used' });
	});

	it('a forged, edited or expired link confirms nothing', async () => {
		const person = await personForEmail(h.db, { email: 'peteris@example.lv', locale: 'lv' });
		const token = await h.db.transaction((tx) => requestConfirmation(tx, { person, purpose: CONFIRM_EMAIL }, new Date()));
		const [id, exp, sig] = token.split('.');
		expect(await confirmByToken(h.db, `${id}.${exp}.${sig.slice(0, -2)}xx`)).toEqual({ ok: false, reason: 'invalid' });
		expect(await confirmByToken(h.db, `${id}.${Number(exp) + 999}.${sig}`)).toEqual({ ok: false, reason: 'invalid' });
		expect(await confirmByToken(h.db, token, new Date(Date.now() + 4 * 86_400_000))).toEqual({ ok: false, reason: 'expired' });
		expect((await findPersonById(h.db, person.id))?.confirmedAt).toBeNull();
	});

	it('two clicks racing: exactly one confirms', async () => {
		const person = await personForEmail(h.db, { email: 'marta@example.lv', locale: 'lv' });
		const token = await h.db.transaction((tx) => requestConfirmation(tx, { person, purpose: CONFIRM_EMAIL }));
		const results = await Promise.all([confirmByToken(h.db, token), confirmByToken(h.db, token)]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
	});
});

describe('merging duplicates', () => {
	it('moves participations to the survivor, folds a shared activity, keeps the old address as an alias, records it', async () => {
		const gmail = await personForEmail(h.db, { email: 'liga.ozola@gmail.com', name: 'Līga Ozola', locale: 'lv' });
		const work = await personForEmail(h.db, { email: 'liga@birojs.lv', locale: 'lv' });
		const ended = new Date(Date.now() - 86_400_000);
		const shared = (await takePart(h.db, { personId: gmail.id, organisationId: lielupe, registration: 'registered', endsAt: ended })).activityId;
		await takePart(h.db, { personId: gmail.id, organisationId: lielupe, attendance: 'attended', endsAt: ended });
		await takePart(h.db, { personId: work.id, organisationId: lielupe, activityId: shared, registration: 'cancelled', attendance: 'attended', endsAt: ended });
		await takePart(h.db, { personId: work.id, organisationId: lielupe, attendance: 'attended', endsAt: ended });
		const before = summarizeParticipation(await listParticipationFacts(h.db, { organisationId: lielupe }), new Date());
		expect(before.uniqueParticipants).toBe(2);

		const result = await mergePeople(h.db, { actorUserId: 'u-juris', organisationId: lielupe, survivorId: gmail.id, mergedId: work.id });
		expect(result).toEqual({ ok: true, moved: { participations: 1, participationsFolded: 1 } });
		const after = summarizeParticipation(await listParticipationFacts(h.db, { organisationId: lielupe }), new Date());
		// the shared activity: registered (one record) + attended (the other) = one attendance, no no-show
		expect(after).toMatchObject({ uniqueParticipants: 1, repeatParticipants: 1, attendances: 3, noShows: 0 });
		// the old address now finds the survivor
		expect((await personForEmail(h.db, { email: 'liga@birojs.lv', locale: 'lv' })).id).toBe(gmail.id);
		const [merge] = await h.db.select({ survivorId: personMerges.survivorId, organisationId: personMerges.organisationId }).from(personMerges).where(eq(personMerges.mergedId, work.id));
		expect(merge).toEqual({ survivorId: gmail.id, organisationId: lielupe });
		expect(await h.db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, 'person.merge'))).toHaveLength(1);
	});

	it('refuses people who never took part in the organisation’s activities, and two accounts', async () => {
		const a = await personForEmail(h.db, { email: 'a@example.lv', locale: 'lv' });
		const b = await personForEmail(h.db, { email: 'b@example.lv', locale: 'lv' });
		await takePart(h.db, { personId: a.id, organisationId: lielupe });
		await takePart(h.db, { personId: b.id, organisationId: other });
		expect(await mergePeople(h.db, { actorUserId: 'u-juris', organisationId: lielupe, survivorId: a.id, mergedId: b.id })).toEqual({ ok: false, reason: 'outside_organisation' });
		await addUser(h.db, 'u-a', 'a@example.lv');
		await addUser(h.db, 'u-b', 'b@example.lv');
		await personForUser(h.db, { id: 'u-a', email: 'a@example.lv', name: '', locale: 'lv' });
		await personForUser(h.db, { id: 'u-b', email: 'b@example.lv', name: '', locale: 'lv' });
		expect(await mergePeople(h.db, { actorUserId: 'u-juris', organisationId: null, survivorId: a.id, mergedId: b.id })).toEqual({ ok: false, reason: 'two_accounts' });
	});
});

describe('anonymisation keeps the count', () => {
	it('clears every personal field of the person and their aliases, keeps the id and their participations', async () => {
		const p = await personForEmail(h.db, { email: 'zane@example.lv', name: 'Zane', locale: 'lv' });
		const alias = await personForEmail(h.db, { email: 'zane.darbs@example.lv', locale: 'lv' });
		await takePart(h.db, { personId: p.id, organisationId: other, attendance: 'attended' });
		await takePart(h.db, { personId: alias.id, organisationId: other, attendance: 'attended' });
		await mergePeople(h.db, { actorUserId: 'u-juris', organisationId: other, survivorId: p.id, mergedId: alias.id });
		const countBefore = uniqueParticipants(await listParticipationFacts(h.db, { organisationId: other }));
		await h.db.transaction((tx) => anonymisePerson(tx, p.id));
		const rows = await h.db.select({ email: people.email, name: people.name, userId: people.userId, anonymisedAt: people.anonymisedAt }).from(people).where(eq(people.id, p.id));
		expect(rows[0]).toMatchObject({ email: null, name: null, userId: null });
		expect((await findPersonById(h.db, alias.id))?.email).toBeNull();
		expect(uniqueParticipants(await listParticipationFacts(h.db, { organisationId: other }))).toBe(countBefore);
		// the address is free again: a new registration is a new person
		expect((await personForEmail(h.db, { email: 'zane@example.lv', locale: 'lv' })).id).not.toBe(p.id);
	});

	it('the daily sweep anonymises people past their organisation’s retention and keeps the others', async () => {
		const now = new Date();
		const old = await personForEmail(h.db, { email: 'vecs@example.lv', locale: 'lv' });
		const recent = await personForEmail(h.db, { email: 'jauns@example.lv', locale: 'lv' });
		await takePart(h.db, { personId: old.id, organisationId: lielupe, attendance: 'attended', endsAt: new Date(now.getTime() - 400 * 86_400_000) });
		await takePart(h.db, { personId: recent.id, organisationId: lielupe, attendance: 'attended', endsAt: new Date(now.getTime() - 10 * 86_400_000) });
		await h.db.insert(personConfirmations).values({ personId: recent.id, purpose: CONFIRM_EMAIL, expiresAt: new Date(now.getTime() - 1000) });
		const resolve = resolverOf(new Map());
		const before = uniqueParticipants(await listParticipationFacts(h.db, { organisationId: lielupe }), resolve);
		expect(await sweepRetention(h.db, now)).toBeGreaterThanOrEqual(1);
		expect((await findPersonById(h.db, old.id))?.anonymisedAt).toBeInstanceOf(Date);
		expect((await findPersonById(h.db, recent.id))?.email).toBe('jauns@example.lv');
		expect(await h.db.select({ id: personConfirmations.id }).from(personConfirmations).where(eq(personConfirmations.personId, recent.id))).toEqual([]);
		expect(uniqueParticipants(await listParticipationFacts(h.db, { organisationId: lielupe }), resolve)).toBe(before);
	});
});
