import { expect, test, type APIResponse } from '@playwright/test';
import { apiGet, expectInvalid, loadContract } from './contract';

const ENDPOINTS = [
	'/api/v1/producers',
	'/api/v1/producers/kalnmuizas',
	'/api/v1/sales-points',
	'/api/v1/sales-points/puralade',
	'/api/v1/organisations',
	'/api/v1/organisations/lauku-partneriba-lielupe',
	'/api/v1/places',
	'/api/v1/places/colabora-lielvarde',
	'/api/v1/categories',
	'/api/v1/municipalities',
	'/api/v1/search?q=medus',
	'/api/v1/openapi.json'
];

test.describe('API over HTTP', () => {
	test('the OpenAPI document is served with CORS and lists every endpoint', async ({ request }) => {
		const { status, body, res } = await apiGet<{ openapi: string; paths: Record<string, unknown>; servers: { url: string }[] }>(
			request,
			'/api/v1/openapi.json'
		);
		expect(status).toBe(200);
		expect(res.headers()['content-type']).toMatch(/^application\/json/);
		expect(body.openapi).toMatch(/^3\.1\./);
		expect(new URL(body.servers[0].url).pathname).toBe('/api/v1');
		for (const url of ENDPOINTS) {
			const contract = await loadContract(request);
			expect(contract.templateOf(new URL(url, 'http://x').pathname), url).toBeDefined();
		}
	});

	test('every endpoint: CORS, Cache-Control, ETag, and 304 for If-None-Match', async ({ request }) => {
		const tagOf = (res: APIResponse) => (res.headers()['etag'] ?? '').replace(/^W\//, '');
		/** One round of conditional requests, and whether the data changed while it ran. */
		const round = async (url: string) => {
			const first = await apiGet(request, url);
			expect(first.status, url).toBe(200);
			const headers = first.res.headers();
			expect(headers['access-control-allow-origin'], url).toBe('*');
			expect(headers['cache-control'], url).toBe('public, max-age=60');
			// weak when the JSON was compressed (hooks/compression.ts), strong when it went as it is
			expect(headers['etag'], url).toMatch(/^(W\/)?"[\w-]+"$/);
			const opaque = tagOf(first.res);
			const again = await apiGet(request, url, { 'If-None-Match': headers['etag'] });
			// a list of tags and the weak form match too (weak comparison); another tag does not
			const listed = await request.get(url, { headers: { 'If-None-Match': `"other", W/${opaque}` } });
			const other = await request.get(url, { headers: { 'If-None-Match': '"other"' } });
			const changed = tagOf(await request.get(url)) !== opaque;
			return { opaque, again, listed: listed.status(), other: other.status(), changed };
		};
		for (const url of ENDPOINTS) {
			// other browser tests add and approve listings meanwhile: a round during which the data changed
			// is asked again (a server that ignored If-None-Match changes nothing, and still fails below)
			let r = await round(url);
			for (let attempt = 1; attempt < 3 && r.changed; attempt++) r = await round(url);
			expect(r.again.status, url).toBe(304);
			// the same tag (a 304 carries no body, so nothing was compressed to make it weak)
			expect(tagOf(r.again.res), url).toBe(r.opaque);
			expect(r.again.res.headers()['access-control-allow-origin']).toBe('*');
			expect(r.listed, url).toBe(304);
			expect(r.other, url).toBe(200);
		}
	});

	test('the ETag follows the body: another language or page is another tag', async ({ request }) => {
		const lv = await apiGet(request, '/api/v1/categories?lang=lv');
		const en = await apiGet(request, '/api/v1/categories?lang=en');
		expect(lv.res.headers()['etag']).not.toBe(en.res.headers()['etag']);
		const stale = await apiGet(request, '/api/v1/categories?lang=en', { 'If-None-Match': lv.res.headers()['etag'] });
		expect(stale.status).toBe(200);
	});

	test('CORS preflight is answered for GET on every endpoint', async ({ request }) => {
		for (const url of [...ENDPOINTS, '/api/v1/nowhere']) {
			const res = await request.fetch(url, {
				method: 'OPTIONS',
				headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' }
			});
			expect(res.status(), url).toBe(204);
			const h = res.headers();
			expect(h['access-control-allow-origin']).toBe('*');
			expect(h['access-control-allow-methods']).toContain('GET');
			expect(h['access-control-allow-headers']?.toLowerCase()).toContain('if-none-match');
			expect(h['access-control-max-age']).toBeTruthy();
		}
		const cors = await request.get('/api/v1/producers?per_page=1', { headers: { Origin: 'https://example.org' } });
		expect(cors.headers()['access-control-allow-origin']).toBe('*');
		expect(cors.headers()['access-control-expose-headers']).toContain('ETag');
	});

	test('HEAD answers like GET without a body', async ({ request }) => {
		const res = await request.head('/api/v1/categories');
		expect(res.status()).toBe(200);
		expect(res.headers()['etag']).toBeTruthy();
	});

	test('bad parameters are 400 problems naming each parameter', async ({ request }) => {
		const cases: [string, string[]][] = [
			['/api/v1/producers?page=0', ['page']],
			['/api/v1/producers?page=abc', ['page']],
			['/api/v1/producers?page=-1', ['page']],
			['/api/v1/producers?page=1.5', ['page']],
			['/api/v1/producers?per_page=1000', ['per_page']],
			['/api/v1/producers?per_page=0', ['per_page']],
			['/api/v1/producers?lang=de', ['lang']],
			['/api/v1/producers?category=nav-tada', ['category']],
			['/api/v1/producers?region=nav-tada', ['region']],
			['/api/v1/producers?municipality=ozolnieku-novads', ['municipality']],
			['/api/v1/producers?label=nav-tada', ['label']],
			['/api/v1/producers?kind=alien', ['kind']],
			['/api/v1/producers?sort=price', ['sort']],
			['/api/v1/producers?page=1&page=2', ['page']],
			['/api/v1/producers?page=99999999999999999999', ['page']],
			['/api/v1/producers?category=%00', ['category']],
			['/api/v1/producers?municipality=%00x', ['municipality']],
			['/api/v1/producers?category=nav-tada&municipality=nav-tada', ['category', 'municipality']],
			['/api/v1/producers?page=abc&per_page=1000&lang=de', ['page', 'per_page', 'lang']],
			['/api/v1/producers/kalnmuizas?lang=de', ['lang']],
			['/api/v1/sales-points?kind=alien', ['kind']],
			['/api/v1/sales-points?municipality=nav-tada', ['municipality']],
			['/api/v1/sales-points?municipality=ozolnieku-novads', ['municipality']],
			['/api/v1/sales-points/puralade?lang=xx', ['lang']],
			['/api/v1/organisations?kind=alien&per_page=101', ['kind', 'per_page']],
			['/api/v1/organisations/lauku-partneriba-lielupe?lang=de', ['lang']],
			['/api/v1/places?kind=alien', ['kind']],
			['/api/v1/places/colabora-lielvarde?lang=EN', ['lang']],
			['/api/v1/categories?page=0', ['page']],
			['/api/v1/municipalities?include_historical=maybe', ['include_historical']],
			['/api/v1/municipalities?region=nav-tada', ['region']],
			['/api/v1/search?q=medus&near=abc', ['near']],
			['/api/v1/search?q=medus&near=91,200', ['near']],
			['/api/v1/search?q=medus&lang=de', ['lang']],
			['/api/v1/search?q=medus&page=0', ['page']],
			['/api/v1/search?q=medus&per_page=1000', ['per_page']],
			['/api/v1/search?q=medus&category=nav-tada', ['category']]
		];
		for (const [url, params] of cases) await expectInvalid(request, url, params);
	});

	test('unknown parameters are ignored and empty values count as not given', async ({ request }) => {
		// read again if another test publishes a producer between the two requests
		await expect(async () => {
			const plain = await apiGet<{ meta: { total: number } }>(request, '/api/v1/producers?per_page=1');
			const noisy = await apiGet<{ meta: { total: number } }>(request, '/api/v1/producers?per_page=1&_=12345&category=&kind=');
			expect(noisy.status).toBe(200);
			expect(noisy.body.meta.total).toBe(plain.body.meta.total);
		}).toPass({ intervals: [200, 500], timeout: 15_000 });
	});

	test('unknown API paths are 404 problems; other methods are 405 problems', async ({ request }) => {
		const missing = await apiGet<{ status: number; errors: unknown[] }>(request, '/api/v1/nowhere/at/all');
		expect(missing.status).toBe(404);
		expect(missing.body.status).toBe(404);

		const post = await request.post('/api/v1/producers', { data: {} });
		expect(post.status()).toBe(405);
		expect(post.headers()['content-type']).toMatch(/^application\/problem\+json/);
		expect(post.headers()['allow']).toContain('GET');
		const contract = await loadContract(request);
		expect(contract.validateAgainst('Problem', await post.json())).toEqual([]);
	});

	test('every problem type URI resolves to its description', async ({ request }) => {
		const invalid = await request.get('/api/v1/producers?page=0');
		const { type } = (await invalid.json()) as { type: string };
		const described = await apiGet<{ type: string; status: number }>(request, new URL(type).pathname);
		expect(described.status).toBe(200);
		expect(described.body).toMatchObject({ type, status: 400 });
		for (const kind of ['not-found', 'method-not-allowed', 'internal-error']) {
			expect((await apiGet(request, `/api/v1/problems/${kind}`)).status).toBe(200);
		}
		expect((await apiGet(request, '/api/v1/problems/nope')).status).toBe(404);
	});
});
