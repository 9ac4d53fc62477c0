/**
 * The demo contest (marked demo): the home producers' association's summer basket giveaway, drawn with a
 * real drand quicknet round (1000). Its 57 fictional entry ids are exactly the list of
 * tests/fixtures/contest-draw/entries.txt (a unit test holds the two together), so its audit page
 * offers files that scripts/verify-draw.ts verifies like the fixture's.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { sha256 } from '@noble/hashes/sha2.js';
import { entryListHash, serializeEntryList } from '$lib/domain/contest/entry-list';
import { deriveOrder, drawSeed } from '$lib/domain/contest/derive';
import { verifyDraw } from '$lib/domain/contest/verify';
import { contestEntries, contests, organisationProducers, organisations, people, producers, territories } from '../db/schema';
import type { Db } from '../db/types';
import { findContest, logDraw, replacePrizes } from './contests-repository';
import { drawFile } from './draw-file';

export const DEMO_CONTEST_SLUG = 'vasaras-groza-konkurss';
const ORGANISATION = 'latvijas-majrazotaju-un-mazo-razotaju-informacijas-un-atbalsta-biedriba';
export const DEMO_BEACON = {
	round: 1000,
	randomness: 'fe290beca10872ef2fb164d2aa4442de4566183ec51c56ff3cd603d930e54fdd',
	signature: 'b44679b9a59af2ec876b1a6b1ad52ea9b1615fc3982b19576350f93447cb1125e342b73a8dd2bacbe47e4b6b63ed5e39'
};
/** Closes ten minutes and a little before round 1000 (2023-08-23 15:59:24 UTC), the round it announced. */
const CLOSES = new Date(1692805762_000);
const OPENS = new Date(CLOSES.getTime() - 14 * 86_400_000);
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** The fixture's ids: "e" and 11 letters taken from SHA-256("fixture-entry-<i>"). */
export function demoEntryIds(): string[] {
	return Array.from({ length: 57 }, (_, i) => 'e' + Array.from(sha256(new TextEncoder().encode(`fixture-entry-${i}`)).slice(0, 11), (b) => ALPHABET[b & 31]).join(''));
}

export async function seedContestsDemo(db: Db): Promise<void> {
	const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, ORGANISATION));
	if (!org) return;
	// re-runnable: the previous demo contest goes, with its fictional winners' person rows
	const previous = await db.select({ personId: contestEntries.personId }).from(contestEntries).innerJoin(contests, eq(contests.id, contestEntries.contestId)).where(eq(contests.slug, DEMO_CONTEST_SLUG));
	await db.delete(contests).where(eq(contests.slug, DEMO_CONTEST_SLUG));
	if (previous.length) await db.delete(people).where(inArray(people.id, previous.map((r) => r.personId)));
	const ids = demoEntryIds();
	const listHash = entryListHash(ids);
	const seed = drawSeed(listHash, DEMO_BEACON.randomness);
	const { order } = deriveOrder(ids, seed);
	const [row] = await db
		.insert(contests)
		.values({
			organisationId: org.id,
			slug: DEMO_CONTEST_SLUG,
			title: { lv: 'Vasaras groza konkurss', en: 'Summer basket giveaway' },
			rules: {
				lv: 'Piesakieties ar savu e-pasta adresi un apstipriniet to. Izlozē trīs mājražotāju groziem.\n\nUzvarētājus nosaka pārbaudāma izloze ar drand publisko nejaušības signālu; ja uzvarētājs atsakās vai neatbilst noteikumiem, viņa vietā stājas nākamais rezerves dalībnieks secībā.',
				en: 'Enter with your e-mail address and confirm it. Three home producers’ baskets are drawn.\n\nThe winners are decided by a verifiable draw with the drand public randomness beacon; if a winner declines or is not eligible, the next alternate in order takes the place.'
			},
			status: 'published',
			opensAt: OPENS,
			closesAt: CLOSES,
			winners: 3,
			sourceKind: 'drand',
			drandChain: 'quicknet',
			drandRound: DEMO_BEACON.round,
			beaconRandomness: DEMO_BEACON.randomness,
			beaconSignature: DEMO_BEACON.signature,
			frozenAt: CLOSES,
			frozenList: serializeEntryList(ids),
			listHash,
			entryCount: ids.length,
			seed,
			drawOrder: order,
			drawnAt: new Date(CLOSES.getTime() + 15 * 60_000),
			isDemo: true
		})
		.returning({ id: contests.id });
	// prizes from the association's own producers when it lists any, else from demo producers
	const own = await db.select({ id: organisationProducers.producerId }).from(organisationProducers).where(eq(organisationProducers.organisationId, org.id)).limit(3);
	const givers = own.length ? own.map((r) => r.id) : (await db.select({ id: producers.id }).from(producers).where(and(eq(producers.isDemo, true), eq(producers.status, 'published'))).orderBy(producers.slug).limit(3)).map((r) => r.id);
	const prizes = [
		{ lv: 'Medus un bišu maizes grozs', en: 'Honey and bee bread basket' },
		{ lv: 'Kūpinājumu grozs', en: 'Smoked goods basket' },
		{ lv: 'Maizes un sieru grozs', en: 'Bread and cheese basket' }
	];
	await replacePrizes(db, row.id, prizes.map((title, i) => ({ title, producerId: givers[i] ?? null })));
	// the three winners as fictional people without addresses, already past retention (anonymised, so the
	// sweep leaves them be): the page shows only their municipality, as for a winner who did not consent
	const places = await db.select({ id: territories.id, slug: territories.slug }).from(territories).where(and(eq(territories.kind, 'municipality'), inArray(territories.slug, ['gulbenes-novads', 'jelgavas-novads', 'kuldigas-novads'])));
	for (const [i, publicId] of order.slice(0, 3).entries()) {
		const [person] = await db.insert(people).values({ email: null, name: null, anonymisedAt: CLOSES }).returning({ id: people.id });
		await db.insert(contestEntries).values({ contestId: row.id, personId: person.id, publicId, municipalityId: places[i]?.id ?? null, confirmedAt: OPENS });
	}
	await logDraw(db, row.id, 'published', null, { chain: 'quicknet', round: DEMO_BEACON.round }, OPENS);
	await logDraw(db, row.id, 'frozen', null, { listHash, entries: ids.length }, CLOSES);
	await logDraw(db, row.id, 'beacon_entered', null, { chain: 'quicknet', ...DEMO_BEACON }, new Date(CLOSES.getTime() + 15 * 60_000));
	// the draw is checked once, as enterBeacon checks a real one, and the outcome kept for the audit page
	const stored = (await findContest(db, row.id))!;
	const check = await verifyDraw(stored.frozenList ?? '', drawFile(stored)!);
	await logDraw(db, row.id, 'derived', null, { seed, winners: order.slice(0, 3), check: { ok: check.ok, problems: check.problems } }, new Date(CLOSES.getTime() + 15 * 60_000));
}
