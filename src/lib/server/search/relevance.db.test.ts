import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDb } from '$lib/server/db/test-db';
import { producers, products, searchDocuments, searchMisses, territories } from '$lib/server/db/schema';
import { parseSearchParams } from './params';
import { searchPort } from '.';
import { reindexAll, reindexProducer } from './indexer';
import { RELEVANCE_CASES, WEDNESDAY_10 } from './relevance-cases';
import { formatRecall, recallAt, relevantOf, summarize, type RecallRow } from './relevance-metrics';

// the application's search: the port, with the unmet-demand log listening
const { search, suggest } = searchPort();

const K = 10;
const recallRows: RecallRow[] = [];

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

const run = (qs: string, locale = 'lv', now = WEDNESDAY_10) => search(h.db, parseSearchParams(new URLSearchParams(qs)).params, locale, { now: new Date(now) });
const missCount = async () => Number((await h.db.select({ n: sql<number>`count(*)` }).from(searchMisses))[0].n);

describe('relevance set', () => {
	it('has at least 150 queries, in all four languages', () => {
		expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(150);
		for (const locale of ['lv', 'en', 'ro', 'ru']) expect(RELEVANCE_CASES.filter((c) => (c.locale ?? 'lv') === locale).length, locale).toBeGreaterThanOrEqual(10);
	});

	it.each(RELEVANCE_CASES.map((c) => [`${c.behaviour}: ${c.qs}`, c] as const))('%s', async (_name, c) => {
		const r = await run(c.qs, c.locale, c.now);
		const hits = r.groups.find((g) => g.type === (c.group ?? 'producer'))?.hits ?? [];
		const slugs = hits.map((x) => x.slug);
		const why = `${c.qs} → ${slugs.join(', ') || '(none)'}`;
		const relevant = relevantOf(c);
		if (relevant) {
			const ranked = c.nearby ? (r.nearby?.hits ?? []).map((x) => x.slug) : slugs;
			recallRows.push({ locale: c.locale ?? 'lv', behaviour: c.behaviour, qs: c.qs, ...recallAt(relevant, ranked, K) });
		}
		if (c.top) expect(slugs.slice(0, c.top.length), why).toEqual(c.top);
		if (c.topSet) expect([...slugs.slice(0, c.topSet.length)].sort(), why).toEqual([...c.topSet].sort());
		for (const s of c.includes ?? []) expect(slugs, why).toContain(s);
		for (const s of c.excludes ?? []) expect(slugs, why).not.toContain(s);
		if (c.only) for (const s of slugs) expect(c.only, why).toContain(s);
		if (c.place !== undefined) expect(r.places.map((p) => p.slug)[0] ?? null, why).toBe(c.place);
		if (c.category) expect(r.categories.map((x) => x.slug), why).toContain(c.category);
		if (c.corrected) expect(r.corrections.length, why).toBeGreaterThan(0);
		if (c.match) expect(hits[0]?.match, why).toBe(c.match);
		if (c.total) {
			expect(r.total, why).toBeGreaterThanOrEqual(c.total[0]);
			expect(r.total, why).toBeLessThanOrEqual(c.total[1]);
		}
		if (c.byDistance) {
			const d = hits.map((x) => x.distanceKm);
			expect(d.every((x) => x !== null), why).toBe(true);
			expect(d, why).toEqual([...d].sort((a, b) => a! - b!));
		}
		if (c.withinKm !== undefined) for (const g of r.groups) for (const x of g.hits) expect(x.distanceKm!, `${why} ${x.slug}`).toBeLessThanOrEqual(c.withinKm);
		if (c.nearby) {
			expect(r.nearby, why).not.toBeNull();
			const near = r.nearby!.hits.map((x) => x.slug);
			for (const s of c.nearby.includes ?? []) expect(near, `${why} nearby ${near.join(', ')}`).toContain(s);
			if (c.nearby.maxKm !== undefined) expect(r.nearby!.radiusKm, why).not.toBeNull();
			if (c.nearby.maxKm !== undefined) expect(r.nearby!.radiusKm!, why).toBeLessThanOrEqual(c.nearby.maxKm);
			expect(r.nearby!.hits.map((x) => x.distanceKm), why).toEqual([...r.nearby!.hits.map((x) => x.distanceKm)].sort((a, b) => a! - b!));
		}
		if (c.wordsFound !== undefined) expect(r.wordsFound, why).toBe(c.wordsFound);
		if (c.why) expect(hits.find((x) => x.slug === c.why!.slug)?.snippet?.field, `${why} (why ${c.why.slug})`).toBe(c.why.field);
		if (c.namedElsewhere !== undefined) expect((r.places[0]?.namedElsewhere ?? 0) > 0, why).toBe(c.namedElsewhere);
	});
});

describe('recall@10 over the relevance set', () => {
	// `npm run test:relevance` prints this report (it runs on PGlite, and on PostgreSQL in npm test)
	it('is reported overall and per language', () => {
		const summary = summarize(recallRows);
		console.log(formatRecall(summary, recallRows, K, RELEVANCE_CASES.length));
		expect(summary.cases).toBeGreaterThanOrEqual(120);
		expect(summary.recall).toBeGreaterThanOrEqual(0.95);
		for (const [locale, x] of Object.entries(summary.byLocale)) expect(x.recall, locale).toBeGreaterThanOrEqual(0.9);
	});
});

describe('ranking order between tiers', () => {
	it('typo-corrected hits rank below exact and stemmed ones', async () => {
		const r = await run('q=sejas krēms');
		const hits = r.groups[0].hits;
		const firstTypoOrCategory = hits.findIndex((x) => x.match === 'typo' || x.match === 'category');
		expect(hits.slice(0, 2).every((x) => x.match === 'exact')).toBe(true);
		expect(firstTypoOrCategory === -1 || firstTypoOrCategory >= 2).toBe(true);
	});

	it('a query with diacritics puts the exact spelling above the same word without them', async () => {
		const withMarks = (await run('q=zīle')).groups[0].hits;
		expect(withMarks[0].score).toBeGreaterThan((await run('q=zile')).groups[0].hits[0].score);
	});
});

describe('snippets', () => {
	it('explain the match with the matching words marked, escaped', async () => {
		const r = await run('q=medus Sigulda');
		const bitenieki = r.groups[0].hits[0];
		expect(bitenieki.snippet?.field).toBe('product');
		expect(bitenieki.snippet?.html).toMatch(/<mark>medus<\/mark>/);
		const market = r.groups.find((g) => g.type === 'sales_point')!.hits[0];
		expect(market.snippet?.field).toBe('description');
		expect(market.snippet?.html).toContain('<mark>medu</mark>');
		// names are escaped: "Kameņu" medus e-veikals has quotes
		const shop = (await run('q=kamenu medus')).groups.find((g) => g.type === 'sales_point')!.hits[0];
		expect(shop.snippet?.html).toBe('&quot;<mark>Kameņu</mark>&quot; <mark>medus</mark> e-veikals');
	});

	it("quotes a product's description when only that description has the word, and hours come from the listing", async () => {
		const [p] = await h.db.select({ id: producers.id }).from(producers).where(eq(producers.slug, 'karotnieks'));
		const [product] = await h.db.select({ id: products.id, description: products.description }).from(products).where(eq(products.producerId, p.id)).limit(1);
		await h.db.update(products).set({ description: { lv: 'Darināta no vītolkociņu zariem.' } }).where(eq(products.id, product.id));
		await reindexProducer(h.db, p.id);
		try {
			const hit = (await run('q=vitolkocinu')).groups.find((g) => g.type === 'producer')!.hits[0];
			expect(hit.slug).toBe('karotnieks');
			expect(hit.snippet?.field).toBe('description');
			expect(hit.snippet?.html).toContain('<mark>vītolkociņu</mark>');
			// the product's row carries no hours: the open status is the listing's own
			const listing = (await run('q=karotnieks')).groups[0].hits[0];
			expect(hit.openNow).toBe(listing.openNow);
		} finally {
			await h.db.update(products).set({ description: product.description }).where(eq(products.id, product.id));
			await reindexProducer(h.db, p.id);
		}
	});

	it('shows the English product name when the English word matched', async () => {
		const hit = (await run('q=honey', 'lv')).groups[0].hits.find((x) => x.slug === 'dravnieciba-bitenieki')!;
		expect(hit.snippet?.html).toMatch(/<mark>honey<\/mark>/i);
		expect(hit.snippet?.lang).toBe('en');
	});

	it('gives each hit its page URL', async () => {
		const r = await run('q=lielupe', 'en');
		expect(r.groups.find((g) => g.type === 'organisation')!.hits[0].url).toBe('/en/organizacijas/lauku-partneriba-lielupe');
		expect(r.groups.find((g) => g.type === 'producer')!.hits[0].url).toMatch(/^\/en\/razotaji\/[a-z0-9-]+$/);
	});
});

describe('zero-result log', () => {
	it('records a search without results: normalized query, filters, municipality, day — nothing else', async () => {
		const before = await missCount();
		const r = await run('q=Žāvētas  AVENES Siguldā&kind=farm&near=57.15,24.85', 'lv', '2026-11-25T21:30:00Z');
		expect(r.total).toBe(0);
		expect(r.loggedMiss).toBe(true);
		expect(await missCount()).toBe(before + 1);
		const [row] = await h.db.select().from(searchMisses).orderBy(sql`${searchMisses.id} desc`).limit(1);
		const [sigulda] = await h.db.select({ id: territories.id }).from(territories).where(and(eq(territories.kind, 'municipality'), eq(territories.slug, 'siguldas-novads')));
		expect(row.query).toBe('zavetas avenes sigulda');
		expect(row.municipalityId).toBe(sigulda.id);
		expect(row.day).toBe('2026-11-25'); // 23:30 in Riga is still that day
		expect(row.filters).toEqual({ kind: ['farm'], near: 'point', place: ['sigulda'] });
		// issue 20: its need (folded stems), whether anything was found, and no time, address or account
		expect(row.needKey).toBe('aven zavet');
		expect(row.resultCount).toBe(0);
		expect(row.dedupeKey).toBeNull(); // no visitor outside a request
		expect(Object.keys(row).sort()).toEqual(['categoryId', 'day', 'dedupeKey', 'filters', 'id', 'isDemo', 'municipalityId', 'needKey', 'needLabel', 'query', 'resultCount']);
	});

	it('does not record searches that found something, or an empty search box', async () => {
		const before = await missCount();
		expect((await run('q=medus')).loggedMiss).toBe(false);
		expect((await run('q=ievarjums')).loggedMiss).toBe(false); // found through a typo correction
		expect((await run('')).loggedMiss).toBe(false);
		expect(await missCount()).toBe(before);
	});
});

describe('location precision in the index', () => {
	it('indexes a municipality-precision producer at the municipality centre, without its locality', async () => {
		const [p] = await h.db
			.select({ id: producers.id, lat: producers.lat, lng: producers.lng, municipalityId: producers.municipalityId })
			.from(producers)
			.where(eq(producers.slug, 'vecmaminas-ievarijumi'));
		const [mun] = await h.db.select({ lat: territories.lat, lng: territories.lng }).from(territories).where(eq(territories.id, p.municipalityId));
		const docs = await h.db
			.select({ lat: searchDocuments.lat, lng: searchDocuments.lng, localityId: searchDocuments.localityId, entityType: searchDocuments.entityType })
			.from(searchDocuments)
			.where(eq(searchDocuments.producerId, p.id));
		expect(docs.length).toBeGreaterThan(1); // the producer and its products
		for (const d of docs) {
			expect({ lat: d.lat, lng: d.lng, localityId: d.localityId }).toEqual({ lat: mun.lat, lng: mun.lng, localityId: null });
			expect(d.lat).not.toBe(p.lat);
		}
		const hit = (await run('q=vecmaminas')).groups[0].hits[0];
		expect(hit.point).toEqual({ lat: mun.lat, lng: mun.lng });
		expect(hit.locality).toBeNull();
	});

	it('indexes an exact-precision producer at its house', async () => {
		const [p] = await h.db.select({ id: producers.id, lat: producers.lat, lng: producers.lng }).from(producers).where(eq(producers.slug, 'kalnmuizas'));
		const [d] = await h.db.select({ lat: searchDocuments.lat, lng: searchDocuments.lng }).from(searchDocuments).where(and(eq(searchDocuments.entityType, 'producer'), eq(searchDocuments.entityId, p.id)));
		expect(d).toEqual({ lat: p.lat, lng: p.lng });
	});
});

describe('facets', () => {
	it('count each facet without its own filter', async () => {
		const r = await run('q=medus&kind=farm');
		const kinds = Object.fromEntries(r.facets.kind.map((k) => [k.value, k.count]));
		expect(kinds.farm).toBe(4);
		expect(kinds.home_producer).toBeGreaterThan(0); // offered although not selected
		expect(r.facets.kind.find((k) => k.value === 'farm')?.selected).toBe(true);
		expect(r.facets.category.find((c) => c.value === 'medus')?.count).toBe(4);
	});

	it('reports filter values that name nothing and leaves them out', async () => {
		const r = await run('q=medus&category=nav-tadas');
		expect(r.ignored).toEqual([{ param: 'category', value: 'nav-tadas' }]);
		expect(r.params.categories).toEqual([]);
		expect(r.total).toBeGreaterThan(10);
	});
});

describe('autocomplete', () => {
	it('suggests names by prefix, products, categories and places', async () => {
		const names = await suggest(h.db, 'kalnm', 'lv');
		expect(names.suggestions[0]).toMatchObject({ type: 'producer', label: 'Z/S "Kalnmuižas"', url: '/lv/razotaji/kalnmuizas' });
		const honey = await suggest(h.db, 'med', 'en');
		expect(honey.suggestions.some((s) => s.type === 'category' && s.label === 'Honey')).toBe(true);
		const place = await suggest(h.db, 'medus sig', 'lv');
		expect(place.suggestions).toContainEqual({ type: 'territory', label: 'Sigulda', detail: 'Siguldas novads', url: '/lv/meklet?q=medus+Sigulda' });
		expect((await suggest(h.db, 'k', 'lv')).suggestions).toEqual([]);
	});
});

describe('keeping the index up to date', () => {
	it('reindexProducer follows a rename and an unpublish', async () => {
		const [p] = await h.db.select({ id: producers.id, name: producers.name }).from(producers).where(eq(producers.slug, 'karotnieks'));
		await h.db.update(producers).set({ name: 'Karotnieks Ąžuolas' }).where(eq(producers.id, p.id));
		await reindexProducer(h.db, p.id);
		expect((await run('q=azuolas')).groups[0]?.hits[0]?.slug).toBe('karotnieks');
		await h.db.update(producers).set({ status: 'archived' }).where(eq(producers.id, p.id));
		await reindexProducer(h.db, p.id);
		expect((await run('q=karotnieks')).groups.find((g) => g.type === 'producer')).toBeUndefined();
		await h.db.update(producers).set({ name: p.name, status: 'published' }).where(eq(producers.id, p.id));
		expect(await reindexAll(h.db)).toBeGreaterThan(800);
		expect((await run('q=karotnieks')).groups[0].hits[0].slug).toBe('karotnieks');
	});
});
