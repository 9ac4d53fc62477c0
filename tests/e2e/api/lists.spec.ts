import { expect, test } from '@playwright/test';
import { expectNewestFirst, publishedDates } from '../helpers';
import { apiGet } from './contract';

type Item = { type: string; id: string | number; slug: string; name: string; url: string; kind?: string; [k: string]: unknown };
type List = { data: Item[]; meta: { page: number; per_page: number; total: number; pages: number }; links: { self: string; next: string | null; prev: string | null } };

const LANGS = ['lv', 'en', 'ro', 'ru'] as const;

/** Follows links.next from the first page and returns every item. */
async function walk(request: Parameters<typeof apiGet>[0], first: string): Promise<Item[]> {
	return (await walkWithTotals(request, first)).items;
}

/** Like walk, also returning the total each page reported (other tests may publish meanwhile). */
async function walkWithTotals(request: Parameters<typeof apiGet>[0], first: string): Promise<{ items: Item[]; totals: number[] }> {
	const items: Item[] = [];
	const totals: number[] = [];
	let next: string | null = first;
	let pages = 0;
	while (next) {
		const { status, body }: { status: number; body: List } = await apiGet<List>(request, next);
		expect(status).toBe(200);
		items.push(...body.data);
		totals.push(body.meta.total);
		next = body.links.next;
		expect(++pages).toBeLessThanOrEqual(body.meta.pages);
	}
	return { items, totals };
}

/**
 * Walks until no page's total differs from the others: browser tests in parallel publish producers,
 * and a publication between two pages shifts the offsets. Three tries are plenty in practice.
 */
async function steadyWalk(request: Parameters<typeof apiGet>[0], first: string): Promise<{ items: Item[]; total: number }> {
	for (let attempt = 1; ; attempt++) {
		const { items, totals } = await walkWithTotals(request, first);
		if (new Set(totals).size === 1 || attempt === 3) return { items, total: totals[0] };
	}
}

test.describe('API lists', () => {
	test('producers: Latvian order, types, absolute page URLs, pagination meta and links', async ({ request }) => {
		const { body } = await apiGet<List>(request, '/api/v1/producers');
		expect(body.meta).toMatchObject({ page: 1, per_page: 24 });
		expect(body.meta.total).toBeGreaterThan(100);
		expect(body.meta.pages).toBe(Math.ceil(body.meta.total / 24));
		expect(body.data).toHaveLength(24);
		for (const p of body.data) {
			expect(p.type).toBe('producer');
			expect(p.url).toBe(`${new URL(p.url).origin}/lv/razotaji/${p.slug}`);
		}
		expect(body.links.prev).toBeNull();
		expect(new URL(body.links.next!).searchParams.get('page')).toBe('2');
		expect(new URL(body.links.self).pathname).toBe('/api/v1/producers');

		const { items: all, total } = await steadyWalk(request, '/api/v1/producers?per_page=100');
		// the total of the first request can differ by what other tests published meanwhile
		expect(Math.abs(total - body.meta.total)).toBeLessThanOrEqual(3);
		expect(all).toHaveLength(total);
		expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
		const slugs = all.map((p) => p.slug);
		// Ā after every A name, Ž last; unpublished producers never listed
		expect(slugs.indexOf('abolinu-darzs')).toBeGreaterThan(slugs.indexOf('annas-virtuve'));
		expect(slugs.at(-1)).toBe('zubites-keramika');
		expect(slugs).not.toContain('rukisu-maiznica');
		expect(slugs).not.toContain('pucesmajas-sveces');
	});

	test('producers: page 2 has prev and next, the last page has no next, a page past the end is empty', async ({ request }) => {
		const { body: p2 } = await apiGet<List>(request, '/api/v1/producers?per_page=10&page=2&kind=farm');
		expect(p2.meta).toMatchObject({ page: 2, per_page: 10 });
		expect(p2.links.prev).toContain('page=1');
		expect(p2.links.prev).toContain('kind=farm');
		const last = p2.meta.pages;
		const { body: end } = await apiGet<List>(request, `/api/v1/producers?per_page=10&kind=farm&page=${last}`);
		expect(end.links.next).toBeNull();
		expect(end.data.length).toBeGreaterThan(0);
		const { body: past } = await apiGet<List>(request, `/api/v1/producers?per_page=10&kind=farm&page=${last + 5}`);
		expect(past.data).toEqual([]);
		expect(past.links.next).toBeNull();
		expect(past.links.prev).toContain(`page=${last}`);
	});

	test('producers: every filter of the directory page, and sort=newest', async ({ request }) => {
		const honey = await apiGet<List>(request, '/api/v1/producers?category=medus&per_page=100');
		expect(honey.body.meta.total).toBeGreaterThan(0);
		for (const p of honey.body.data) expect((p.categories as { slug: string }[]).map((c) => c.slug)).toContain('medus');

		const food = await apiGet<List>(request, '/api/v1/producers?category=partika&per_page=1');
		expect(food.body.meta.total).toBeGreaterThan(honey.body.meta.total);

		const farms = await apiGet<List>(request, '/api/v1/producers?kind=farm&per_page=100');
		expect(farms.body.data.every((p) => p.kind === 'farm')).toBe(true);

		const jelgava = await apiGet<List>(request, '/api/v1/producers?municipality=jelgavas-novads&per_page=100');
		expect(jelgava.body.data.map((p) => p.slug)).toContain('ozolkalna-kazas');
		for (const p of jelgava.body.data) expect((p.location as { municipality: { slug: string } }).municipality.slug).toBe('jelgavas-novads');

		const zemgale = await apiGet<List>(request, '/api/v1/producers?region=zemgale&per_page=100');
		expect(zemgale.body.meta.total).toBeGreaterThanOrEqual(jelgava.body.meta.total);
		expect(zemgale.body.data.map((p) => p.slug)).toContain('ozolkalna-kazas');

		const social = await apiGet<List>(request, '/api/v1/producers?label=socialais-uznemums&per_page=100');
		expect(social.body.data.map((p) => p.slug)).toContain('labas-rokas');
		const pvd = await apiGet<List>(request, '/api/v1/producers?label=pvd&per_page=100');
		expect(pvd.status).toBe(200);
		expect(pvd.body.data.map((p) => p.slug)).toContain('vecmaminas-ievarijumi');

		const combined = await apiGet<List>(request, '/api/v1/producers?region=zemgale&kind=farm&category=partika&per_page=100');
		expect(combined.body.data.every((p) => p.kind === 'farm')).toBe(true);
		expect(combined.body.meta.total).toBeLessThanOrEqual(zemgale.body.meta.total);

		const newest = await apiGet<List>(request, '/api/v1/producers?sort=newest&per_page=20');
		const byName = await apiGet<List>(request, '/api/v1/producers?sort=name&per_page=20');
		expect(newest.body.meta.total).toBe(byName.body.meta.total);
		// by the date each was published (as the feed of new producers tells it), not by name
		expectNewestFirst(
			newest.body.data.map((p) => p.slug),
			await publishedDates(request)
		);
	});

	test('sales points: kinds, municipality filter, pagination', async ({ request }) => {
		const all = await walk(request, '/api/v1/sales-points?per_page=20');
		expect(all.map((s) => s.slug)).toEqual(expect.arrayContaining(['siguldas-zemnieku-tirdzins', 'puralade', 'lauku-grozs']));
		expect(all.map((s) => s.slug)).not.toContain('adazu-tirdzins');
		for (const s of all) expect(s.type).toBe('sales_point');

		const markets = await apiGet<List>(request, '/api/v1/sales-points?kind=market&per_page=100');
		expect(markets.body.data.length).toBeGreaterThan(0);
		expect(markets.body.data.every((s) => s.kind === 'market')).toBe(true);

		const sigulda = await apiGet<List>(request, '/api/v1/sales-points?municipality=siguldas-novads&per_page=100');
		expect(sigulda.body.data.map((s) => s.slug)).toEqual(expect.arrayContaining(['siguldas-zemnieku-tirdzins', 'kalnmuizas-saimniecibas-veikals']));
		expect(sigulda.body.data[0].url).toMatch(/\/lv\/tirdzniecibas-vietas\//);
	});

	test('organisations and places: kinds and pagination', async ({ request }) => {
		const orgs = await walk(request, '/api/v1/organisations?per_page=2');
		expect(orgs.map((o) => o.slug)).toEqual(expect.arrayContaining(['lauku-partneriba-lielupe', 'pierigas-partneriba', 'latvijas-lauku-forums']));
		const lags = await apiGet<List>(request, '/api/v1/organisations?kind=lag');
		expect(lags.body.data.length).toBeGreaterThanOrEqual(2);
		expect(lags.body.data.every((o) => o.kind === 'lag' && o.type === 'organisation')).toBe(true);

		const places = await walk(request, '/api/v1/places?per_page=2');
		expect(places.map((p) => p.slug)).toEqual(
			expect.arrayContaining(['colabora-lielvarde', 'dzivoklis-olaine', 'ogres-centrala-biblioteka', 'biznesa-vestnieciba', 'marupes-turisma-informacijas-punkts'])
		);
		const coworking = await apiGet<List>(request, '/api/v1/places?kind=coworking');
		expect(coworking.body.data.map((p) => p.slug).sort()).toEqual(['colabora-lielvarde', 'dzivoklis-olaine']);
		expect(coworking.body.data[0].url).toMatch(/\/lv\/vietas\//);
	});

	test('categories: the taxonomy with counts, children after their parent', async ({ request }) => {
		const all = await walk(request, '/api/v1/categories?per_page=10');
		const slugs = all.map((c) => c.slug);
		expect(slugs).toEqual(expect.arrayContaining(['partika', 'medus']));
		const honey = all.find((c) => c.slug === 'medus')!;
		expect(honey).toMatchObject({ type: 'category', parent: 'partika' });
		expect(honey.producer_count).toBeGreaterThan(0);
		expect(slugs.indexOf('medus')).toBeGreaterThan(slugs.indexOf('partika'));
		expect(new URL(honey.url).pathname + new URL(honey.url).search).toBe('/lv/razotaji?category=medus');
	});

	test('municipalities: regions, producer counts, historical names on request', async ({ request }) => {
		const current = await walk(request, '/api/v1/municipalities');
		expect(current).toHaveLength(42);
		expect(current.every((m) => m.type === 'municipality')).toBe(true);
		const jelgavas = current.find((m) => m.slug === 'jelgavas-novads')!;
		expect(jelgavas).toMatchObject({ region: { slug: 'zemgale' }, subkind: 'novads' });
		expect(jelgavas.producer_count).toBeGreaterThan(0);
		const total = current.reduce((n, m) => n + (m.producer_count as number), 0);
		const producers = await apiGet<List>(request, '/api/v1/producers?per_page=1');
		// the Moldovan demo producers (issue 19) are in raioane, not in Latvian municipalities
		const moldovan = await apiGet<List>(request, '/api/v1/producers?per_page=1&region=moldovas-ziemelu-regions');
		expect(moldovan.body.meta.total).toBeGreaterThan(0);
		expect(total).toBe(producers.body.meta.total - moldovan.body.meta.total);

		const zemgale = await apiGet<List>(request, '/api/v1/municipalities?region=zemgale&per_page=100');
		expect(zemgale.body.data.every((m) => (m.region as { slug: string }).slug === 'zemgale')).toBe(true);

		const withHistorical = await walk(request, '/api/v1/municipalities?include_historical=true&per_page=100');
		expect(withHistorical.length).toBeGreaterThan(42);
		const ozolnieku = withHistorical.find((m) => m.slug === 'ozolnieku-novads')!;
		expect(ozolnieku).toMatchObject({ type: 'historical_municipality', successor: { slug: 'jelgavas-novads' }, region: { slug: 'zemgale' } });
		expect(ozolnieku.producer_count).toBeUndefined();
		expect(new URL(ozolnieku.url).pathname).toBe('/lv/novadi/jelgavas-novads');
		const notHistorical = await walk(request, '/api/v1/municipalities?include_historical=false&per_page=100');
		expect(notHistorical).toHaveLength(42);
	});

	test('every list in every language: localized names and page URLs in that language', async ({ request }) => {
		for (const lang of LANGS) {
			for (const path of ['producers', 'sales-points', 'organisations', 'places', 'categories', 'municipalities']) {
				const { status, body, res } = await apiGet<List>(request, `/api/v1/${path}?lang=${lang}&per_page=3`);
				expect(status).toBe(200);
				expect(res.headers()['content-language']).toBe(lang);
				for (const item of body.data) expect(new URL(item.url).pathname.startsWith(`/${lang}/`)).toBe(true);
			}
		}
		const names = async (lang: string) =>
			(await apiGet<List>(request, `/api/v1/categories?lang=${lang}&per_page=100`)).body.data.find((c) => c.slug === 'medus')?.name;
		expect(await names('lv')).toBe('Medus');
		expect(await names('en')).toBe('Honey');
		expect(await names('ru')).toBe('Мёд');
		expect(await names('ro')).toBeTruthy();
		const jelgava = async (lang: string) =>
			(await apiGet<List>(request, `/api/v1/municipalities?lang=${lang}&region=zemgale`)).body.data.find((m) => m.slug === 'jelgavas-novads')?.name;
		expect(await jelgava('lv')).toBe('Jelgavas novads');
		expect(await jelgava('en')).not.toBe('Jelgavas novads');
	});
});
