import { expect, test } from '@playwright/test';
import { apiGet, expectInvalid } from './contract';

type Location = { precision: string; municipality: { slug: string }; locality?: string; address?: string; point?: { lat: number; lng: number } };
type Hit = { type: string; id: string; slug: string; name: string; url: string; location: Location; match: string; distance_km?: number; products: string[] };
type Search = {
	data: Hit[];
	meta: { page: number; per_page: number; total: number; pages: number };
	links: { self: string; next: string | null; prev: string | null };
	groups: { type: string; total: number; url: string }[];
	query: { q: string; categories: { slug: string }[]; places: { slug: string }[] };
	facets: { type: { value: string; count: number }[] };
};

test.describe('API search', () => {
	test('without one type: every type in one ranked list, paged by per_page like the other lists', async ({ request }) => {
		// read again if another test publishes a honey producer while the pages are walked
		await expect(async () => {
			const { status, body } = await apiGet<Search>(request, '/api/v1/search?q=medus&per_page=3');
			expect(status).toBe(200);
			expect(body.data).toHaveLength(3);
			expect(body.meta).toMatchObject({ page: 1, per_page: 3, pages: Math.ceil(body.meta.total / 3) });
			expect(body.links.next).toContain('page=2');
			expect(body.query.categories.map((c) => c.slug)).toContain('medus');
			const producers = body.groups.find((g) => g.type === 'producer')!;
			expect(producers.total).toBeGreaterThan(0);
			expect(body.meta.total).toBe(body.groups.reduce((n, g) => n + g.total, 0));
			for (const h of body.data) expect(new URL(h.url).pathname).toMatch(/^\/lv\/(razotaji|tirdzniecibas-vietas|organizacijas|vietas)\//);

			// following links.next reaches every match once, of more than one type
			const seen: string[] = [];
			let next: string | null = '/api/v1/search?q=medus&per_page=10';
			while (next) {
				const page: { body: Search } = await apiGet<Search>(request, next);
				seen.push(...page.body.data.map((h) => `${h.type}:${h.id}`));
				next = page.body.links.next;
			}
			expect(seen).toHaveLength(body.meta.total);
			expect(new Set(seen).size).toBe(body.meta.total);
			expect(new Set(seen.map((x) => x.split(':')[0])).size).toBeGreaterThan(1);

			const group = await apiGet<Search>(request, new URL(producers.url).pathname + new URL(producers.url).search);
			expect(group.body.meta.total).toBe(producers.total);
			expect(group.body.data.every((h) => h.type === 'producer')).toBe(true);
		}).toPass({ intervals: [200, 500], timeout: 20_000 });
	});

	test('one type: per_page windows line up across pages and follow links to the end', async ({ request }) => {
		// read again if another test publishes a honey producer while the pages are walked
		await expect(async () => {
			const { body: big } = await apiGet<Search>(request, '/api/v1/search?q=medus&type=producer&per_page=30');
			const total = big.meta.total;
			expect(total).toBeGreaterThan(10);
			const small: string[] = [];
			let next: string | null = '/api/v1/search?q=medus&type=producer&per_page=7';
			while (next) {
				const { body }: { body: Search } = await apiGet<Search>(request, next);
				expect(body.data.length).toBeLessThanOrEqual(7);
				small.push(...body.data.map((h) => h.id));
				next = body.links.next;
			}
			expect(small).toHaveLength(total);
			expect(new Set(small).size).toBe(total);
			expect(small.slice(0, Math.min(30, total))).toEqual(big.data.map((h) => h.id));

			const { body: past } = await apiGet<Search>(request, '/api/v1/search?q=medus&type=producer&per_page=7&page=99');
			expect(past.data).toEqual([]);
			expect(past.links.next).toBeNull();
		}).toPass({ intervals: [200, 500], timeout: 20_000 });
	});

	test('in every language: honey, мёд and miere find honey producers; URLs in that language', async ({ request }) => {
		for (const [lang, q] of [
			['lv', 'medus'],
			['en', 'honey'],
			['ru', 'мёд'],
			['ro', 'miere']
		] as const) {
			const { body, res } = await apiGet<Search>(request, `/api/v1/search?q=${encodeURIComponent(q)}&type=producer&lang=${lang}`);
			expect(res.headers()['content-language']).toBe(lang);
			expect(body.meta.total, `${lang} ${q}`).toBeGreaterThan(0);
			for (const h of body.data) expect(new URL(h.url).pathname.startsWith(`/${lang}/razotaji/`)).toBe(true);
		}
	});

	test('precision rule holds in search results too', async ({ request }) => {
		const { body, res } = await apiGet<Search>(request, `/api/v1/search?q=${encodeURIComponent('Vecmāmiņas ievārījumi')}&type=producer`);
		const hit = body.data.find((h) => h.slug === 'vecmaminas-ievarijumi');
		expect(hit).toBeDefined();
		expect(hit!.location.precision).toBe('municipality');
		expect(hit!.location).not.toHaveProperty('address');
		expect(hit!.location).not.toHaveProperty('locality');
		expect(await res.text()).not.toContain('Ābeļu iela');
		const detail = await apiGet<{ data: { location: Location } }>(request, '/api/v1/producers/vecmaminas-ievarijumi');
		expect(hit!.location).toEqual(detail.body.data.location);
	});

	test('near a point, sorted by distance', async ({ request }) => {
		const { body } = await apiGet<Search>(request, '/api/v1/search?q=medus&type=producer&near=56.95,24.1&sort=distance&per_page=50');
		const distances = body.data.map((h) => h.distance_km);
		expect(distances.every((d) => typeof d === 'number')).toBe(true);
		expect([...distances].sort((a, b) => a! - b!)).toEqual(distances);
	});

	test('a place word filters by place; filters narrow the results', async ({ request }) => {
		const { body } = await apiGet<Search>(request, '/api/v1/search?q=medus%20Sigulda&type=producer');
		expect(body.query.places.length).toBeGreaterThan(0);
		const all = await apiGet<Search>(request, '/api/v1/search?q=medus&type=producer');
		expect(body.meta.total).toBeLessThan(all.body.meta.total);

		const farms = await apiGet<Search>(request, '/api/v1/search?q=medus&type=producer&kind=farm&per_page=100');
		expect(farms.body.meta.total).toBeLessThanOrEqual(all.body.meta.total);
		const region = await apiGet<Search>(request, '/api/v1/search?q=medus&type=producer&region=zemgale&per_page=100');
		expect(region.status).toBe(200);
	});

	test('unknown filters and malformed values are 400 problems', async ({ request }) => {
		await expectInvalid(request, '/api/v1/search?q=medus&page=0', ['page']);
		await expectInvalid(request, '/api/v1/search?q=medus&per_page=101', ['per_page']);
		await expectInvalid(request, '/api/v1/search?q=medus&type=alien', ['type']);
		await expectInvalid(request, '/api/v1/search?q=medus&label=nav-tada', ['label']);
		await expectInvalid(request, '/api/v1/search?q=medus&municipality=nav-tada&region=nav-tada', ['municipality', 'region']);
		await expectInvalid(request, '/api/v1/search?q=medus&near_place=atlantida', ['near_place']);
		await expectInvalid(request, '/api/v1/search?q=medus&sort=distance', ['sort']);
		await expectInvalid(request, '/api/v1/search?q=medus&radius=-5&near=56.9,24.1', ['radius']);
	});

	test('an empty query is an empty result, not an error', async ({ request }) => {
		const { status, body } = await apiGet<Search>(request, '/api/v1/search');
		expect(status).toBe(200);
		expect(body.data).toEqual([]);
		expect(body.meta.total).toBe(0);
	});
});
