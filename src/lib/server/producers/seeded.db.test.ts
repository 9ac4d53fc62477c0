import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, ne } from 'drizzle-orm';
import { openDb, type DbHandle } from '$lib/server/db/client';
import { migrate } from '$lib/server/db/migrate';
import { producers, territories } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/seed';
import { searchPort } from '$lib/server/search';
import { directoryPage, homePage, producerPage } from './queries';
import { stripLegalForm } from '$lib/text/collation';

/** The same flows on the full demo seed: real names, every kind of location and odd URLs. */
let h: DbHandle;
beforeAll(async () => {
	h = await openDb({ memory: true });
	await migrate(h);
	await seedDemo(h.db);
});
afterAll(async () => h?.close());

const dir = (q: string) => directoryPage(h.db, new URLSearchParams(q), 'lv');
const now = new Date('2026-11-23T10:00:00Z');

describe('on the demo seed', () => {
	it('no page of a producer who hides its address contains the address, postal code, coordinates or a hidden locality', async () => {
		const hidden = await h.db
			.select({ slug: producers.slug, address: producers.address, postalCode: producers.postalCode, lat: producers.lat, lng: producers.lng, precision: producers.locationPrecision, locality: territories.name })
			.from(producers)
			.leftJoin(territories, eq(territories.id, producers.localityId))
			.where(and(eq(producers.status, 'published'), ne(producers.locationPrecision, 'exact')));
		expect(hidden.length).toBeGreaterThan(10);
		for (const p of hidden) {
			const page = await producerPage(h.db, p.slug, 'lv', now, `https://x/lv/razotaji/${p.slug}`);
			const json = JSON.stringify(page);
			if (p.address) expect(json, p.slug).not.toContain(p.address);
			if (p.postalCode) expect(json, p.slug).not.toContain(p.postalCode);
			if (p.lat !== null) expect(json, p.slug).not.toContain(String(p.lat));
			if (p.lng !== null) expect(json, p.slug).not.toContain(String(p.lng));
			// (a public market in the same town may name it; the producer's own location may not)
			if (p.precision === 'municipality') {
				expect(page!.producer.location.locality, p.slug).toBeNull();
				expect(JSON.stringify(page!.jsonLd), p.slug).not.toContain('addressLocality');
			}
		}
	});

	it('orders Āboliņu dārzs after every A-name and Žubītes keramika last', async () => {
		const first = await dir('');
		const all = [...first.cards];
		for (let page = 2; page <= first.window.pages; page++) all.push(...(await dir(`page=${page}`)).cards);
		const names = all.map((c) => stripLegalForm(c.name).replace(/^[^\p{L}]+/u, ''));
		const abolinu = names.indexOf('Āboliņu dārzs');
		expect(abolinu).toBeGreaterThan(0);
		expect(names.slice(0, abolinu).every((n) => n.startsWith('A'))).toBe(true);
		expect(names[abolinu + 1]?.[0]).not.toBe('A');
		expect(all.at(-1)?.slug).toBe('zubites-keramika');
		expect(all.map((c) => c.slug)).not.toContain('rukisu-maiznica');
	});

	it('answers a malformed parameter as if it were absent, and a page past the end with the last page', async () => {
		const shown = (p: Awaited<ReturnType<typeof dir>>) => ({ slugs: p.cards.map((c) => c.slug), window: p.window });
		const plain = shown(await dir(''));
		expect(plain.slugs.length).toBeGreaterThan(0);
		for (const q of ['page=-1', 'page=abc', 'category=%', 'region=__', 'municipality=x', 'kind=1', 'label=', 'sort=%00']) {
			expect(shown(await dir(q)), q).toEqual(plain);
		}
		expect(plain.window.pages).toBeGreaterThan(1);
		expect(shown(await dir('page=9999'))).toEqual(shown(await dir(`page=${plain.window.pages}`)));
	});

	it('searches without diacritics and by municipality', async () => {
		const slugs = async (q: string) => (await searchPort().search(h.db, searchPort().parse(new URLSearchParams({ q })).params, 'lv')).groups.find((g) => g.type === 'producer')?.hits.map((x) => x.slug) ?? [];
		expect(await slugs('ievarijumi')).toContain('vecmaminas-ievarijumi');
		expect(await slugs('ropazu')).toContain('vecmaminas-ievarijumi');
		// Ulbroka is the locality it hides: the place word filters by the whole Ropažu novads and the
		// hit names no locality, so nothing tells that it is in Ulbroka
		const ulbroka = await searchPort().search(h.db, searchPort().parse(new URLSearchParams({ q: 'ulbroka' })).params, 'lv');
		const hit = ulbroka.groups.find((g) => g.type === 'producer')?.hits.find((x) => x.slug === 'vecmaminas-ievarijumi');
		expect(hit).toBeDefined();
		expect(hit?.locality).toBeNull();
		expect(JSON.stringify(hit)).not.toMatch(/Ulbrok/);
	});

	it('fills the home page', async () => {
		const home = await homePage(h.db, 'lv');
		expect(home.regions).toHaveLength(5);
		expect(home.regions.every((r) => r.count > 0)).toBe(true);
		expect(home.newest).toHaveLength(8);
		expect(home.categories.map((c) => c.slug)).toEqual(['partika', 'amatnieciba']);
	});
});
