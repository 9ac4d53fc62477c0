/**
 * The acceptance: a profile's contacts and the sender's contacts never reach anyone before
 * acceptance, nor after a decline, as every role; after acceptance only the two sides see them, each
 * the other's. Checked on everything this feature's pages load (the page data is exactly these
 * values), serialised whole so no field can carry a contact unnoticed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import type { Principal } from '../auth/permissions';
import { interestFormContext, expressInterest } from './express-flow';
import { inbox, interestView } from './queries';
import { decideInterest, postMessage } from './thread-flow';
import { addProfile, buildWorld, interestInput, PROFILE_CONTACT, ROLES, SECRETS, SENDER_CONTACT, type Who, type World } from './test-fixtures';

let h: DbHandle;
let w: World;
type Case = { slug: string; id: string };
let onListing: Case; // producer A's profile: ownerA is the owner side
let onOrganisation: Case; // the organisation's profile: its coordinator and editor are the owner side
let declined: Case;

async function interestIn(owner: { producerId?: string; organisationId?: string }): Promise<Case> {
	const p = await addProfile(h.db, owner);
	const r = await expressInterest(h.db, { principal: w.principals.sender, slug: p.slug, input: interestInput(), locale: 'ru' });
	if (!r.ok) throw new Error(r.reason);
	return { slug: p.slug, id: r.id };
}

beforeAll(async () => {
	h = await openTestDb({ seed: true });
	w = await buildWorld(h.db, 'leak');
	onListing = await interestIn({ producerId: w.producerA });
	onOrganisation = await interestIn({ organisationId: w.organisationId });
	declined = await interestIn({ producerId: w.producerA });
	await decideInterest(h.db, { principal: w.principals.ownerA, id: declined.id, accept: false });
});
afterAll(async () => h?.close());

const ACTORS: (Who | 'anonymous')[] = ['anonymous', ...ROLES];
const principalOf = (a: Who | 'anonymous'): Principal => (a === 'anonymous' ? null : w.principals[a]);

/** Everything the feature's pages would load for this actor about this case. */
async function everything(a: Who | 'anonymous', c: Case): Promise<string> {
	const p = principalOf(a);
	const parts: unknown[] = [await interestView(h.db, p, c.id, 'ru')];
	if (p) parts.push(await inbox(h.db, p, 'ru'), await interestFormContext(h.db, p, c.slug, 'ru'));
	return JSON.stringify(parts);
}

const leaked = (text: string) => SECRETS.filter((s) => text.includes(s));

describe('contacts before acceptance', () => {
	it.each(ACTORS)('%s sees no contact of a pending interest on a listing’s or an organisation’s profile', async (a) => {
		expect(leaked(await everything(a, onListing))).toEqual([]);
		expect(leaked(await everything(a, onOrganisation))).toEqual([]);
	});

	it.each(ACTORS)('%s sees no contact of a declined interest', async (a) => {
		expect(leaked(await everything(a, declined))).toEqual([]);
	});

	it.each(ACTORS)('%s may read a pending interest only as one of its sides (else: nothing, the page is 404)', async (a) => {
		const sides: Record<string, string | undefined> = { ownerA: 'owner', sender: 'sender' };
		expect((await interestView(h.db, principalOf(a), onListing.id, 'ru'))?.side).toBe(sides[a]);
	});
});

describe('contacts after acceptance', () => {
	beforeAll(async () => {
		expect(await decideInterest(h.db, { principal: w.principals.ownerA, id: onListing.id, accept: true })).toEqual({ ok: true });
		expect(await decideInterest(h.db, { principal: w.principals.coordinator, id: onOrganisation.id, accept: true })).toEqual({ ok: true });
		await postMessage(h.db, { principal: w.principals.sender, id: onListing.id, body: 'Здравствуйте' });
	});

	it('the sender sees the profile’s contacts, and only those', async () => {
		for (const c of [onListing, onOrganisation]) {
			const seen = leaked(await everything('sender', c));
			expect(seen.sort()).toEqual([PROFILE_CONTACT.email, PROFILE_CONTACT.phone, PROFILE_CONTACT.name].sort());
		}
	});

	it('the owner side sees the sender’s contacts, and only those', async () => {
		expect(leaked(await everything('ownerA', onListing)).sort()).toEqual([SENDER_CONTACT.email, SENDER_CONTACT.phone].sort());
		for (const staff of ['coordinator', 'editor'] as const) {
			expect(leaked(await everything(staff, onOrganisation)).sort()).toEqual([SENDER_CONTACT.email, SENDER_CONTACT.phone].sort());
		}
	});

	it.each(['anonymous', 'ownerB', 'stranger', 'moderator', 'admin'] as const)('%s still sees nothing', async (a) => {
		expect(leaked(await everything(a, onListing))).toEqual([]);
		expect(leaked(await everything(a, onOrganisation))).toEqual([]);
	});

	it('staff of the organisation are nobody on a listing’s interest', async () => {
		expect(leaked(await everything('coordinator', onListing))).toEqual([]);
		expect(leaked(await everything('ownerA', onOrganisation))).toEqual([]);
	});
});
