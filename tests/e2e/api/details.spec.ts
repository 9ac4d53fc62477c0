import { expect, test } from '@playwright/test';
import { apiGet } from './contract';

type Json = Record<string, unknown>;
type Location = { precision: string; municipality: { slug: string; name: string; url: string }; locality?: string; address?: string; point?: { lat: number; lng: number } };
type One<T = Json> = { data: T & { type: string; id: string; slug: string; name: string; url: string; location: Location } };
type List = { data: (Json & { slug: string; location?: Location; centre?: { lat: number; lng: number } })[] };

const LANGS = ['lv', 'en', 'ro', 'ru'] as const;

test.describe('API details', () => {
	test('a producer in every language: page URL, translated names, Latvian fallback marked', async ({ request }) => {
		for (const lang of LANGS) {
			const { status, body, res } = await apiGet<One<{ description: string; description_lang: string }>>(
				request,
				`/api/v1/producers/vecmaminas-ievarijumi?lang=${lang}`
			);
			expect(status).toBe(200);
			expect(res.headers()['content-language']).toBe(lang);
			expect(body.data).toMatchObject({ type: 'producer', slug: 'vecmaminas-ievarijumi', name: 'Vecmāmiņas ievārījumi' });
			expect(new URL(body.data.url).pathname).toBe(`/${lang}/razotaji/vecmaminas-ievarijumi`);
			// Latvian-only description: sent in Latvian and marked so in every language
			expect(body.data.description_lang).toBe('lv');
			expect(body.data.description).toContain('Ievārījumus');
		}
		const en = await apiGet<One<{ description_lang: string; categories: { name: string }[] }>>(request, '/api/v1/producers/kalnmuizas?lang=en');
		expect(en.body.data.description_lang).toBe('en');
		const ru = await apiGet<One<{ description_lang: string }>>(request, '/api/v1/producers/labas-rokas?lang=ru');
		expect(ru.body.data.description_lang).toBe('ru');
		const ro = await apiGet<One<{ description_lang: string }>>(request, '/api/v1/producers/labas-rokas?lang=ro');
		expect(ro.body.data.description_lang).toBe('lv');
	});

	test('precision rule: vecmaminas-ievarijumi shows only its municipality, never its address or house', async ({ request }) => {
		const { body, res } = await apiGet<One>(request, '/api/v1/producers/vecmaminas-ievarijumi');
		const loc = body.data.location;
		expect(loc.precision).toBe('municipality');
		expect(loc.municipality.slug).toBe('ropazu-novads');
		expect(loc).not.toHaveProperty('address');
		expect(loc).not.toHaveProperty('locality');
		const raw = await res.text();
		expect(raw).not.toContain('Ābeļu iela');
		expect(raw).not.toContain('LV-2130');
		expect(JSON.stringify(loc)).not.toContain('Ulbroka');

		// the point is the municipality centre, not the house
		const municipalities = await apiGet<List>(request, '/api/v1/municipalities?region=riga&per_page=100');
		const ropazi = municipalities.body.data.find((m) => m.slug === 'ropazu-novads');
		expect(ropazi?.centre).toBeDefined();
		expect(loc.point).toEqual(ropazi?.centre);

		// the same in the list
		const list = await apiGet<List>(request, '/api/v1/producers?municipality=ropazu-novads&per_page=100');
		const item = list.body.data.find((p) => p.slug === 'vecmaminas-ievarijumi');
		expect(item?.location).toEqual(loc);
		expect(await list.res.text()).not.toContain('Ābeļu iela');
	});

	test('precision rule: locality shows the locality but no address; exact shows both', async ({ request }) => {
		const zubites = await apiGet<One>(request, '/api/v1/producers/zubites-keramika');
		expect(zubites.body.data.location.precision).toBe('locality');
		expect(zubites.body.data.location).not.toHaveProperty('address');

		const kalnmuizas = await apiGet<One<{ sales_points: { slug: string; note?: string; note_lang?: string }[]; products: unknown[] }>>(
			request,
			'/api/v1/producers/kalnmuizas'
		);
		expect(kalnmuizas.body.data.location).toMatchObject({ precision: 'exact', municipality: { slug: 'siguldas-novads' } });
		expect(kalnmuizas.body.data.location.address).toBeTruthy();
		expect(kalnmuizas.body.data.location.point).toBeDefined();
		expect(kalnmuizas.body.data.products.length).toBeGreaterThan(0);
		const market = kalnmuizas.body.data.sales_points.find((s) => s.slug === 'siguldas-zemnieku-tirdzins');
		expect(market).toMatchObject({ note: 'sestdienās', note_lang: 'lv' });
	});

	test('a producer page carries products without prices, labels and organisations', async ({ request }) => {
		const zvirgzdi = await apiGet<One<{ products: Json[] }>>(request, '/api/v1/producers/kaleja-darbnica-zvirgzdi');
		expect(zvirgzdi.body.data.products).toHaveLength(5);
		for (const p of zvirgzdi.body.data.products) expect(p).not.toHaveProperty('price_cents');

		const ozolkalna = await apiGet<One<{ organisations: { slug: string; url: string }[] }>>(request, '/api/v1/producers/ozolkalna-kazas?lang=en');
		expect(ozolkalna.body.data.organisations.map((o) => o.slug)).toContain('lauku-partneriba-lielupe');
		expect(new URL(ozolkalna.body.data.organisations[0].url).pathname).toMatch(/^\/en\/organizacijas\//);

		const labas = await apiGet<One<{ labels: { slug: string }[]; kind: string }>>(request, '/api/v1/producers/labas-rokas');
		expect(labas.body.data.kind).toBe('social_enterprise');
		expect(labas.body.data.labels.map((l) => l.slug)).toContain('socialais-uznemums');

		// a pending sales point is not shown on the producer it is linked to
		const karkli = await apiGet<One<{ sales_points: { slug: string }[] }>>(request, '/api/v1/producers/pineja-darbnica-karkli');
		expect(karkli.body.data.sales_points.map((s) => s.slug)).not.toContain('adazu-tirdzins');
	});

	test('a sales point with hours and the producers who sell there, in every language', async ({ request }) => {
		for (const lang of LANGS) {
			const { body } = await apiGet<One<{ opening_hours: Json[]; producers: { slug: string; url: string }[] }>>(
				request,
				`/api/v1/sales-points/siguldas-zemnieku-tirdzins?lang=${lang}`
			);
			expect(body.data).toMatchObject({ type: 'sales_point', kind: 'market', name: 'Siguldas zemnieku tirdziņš' });
			expect(body.data.opening_hours).toEqual([{ day: 6, opens: '08:00', closes: '13:00' }]);
			expect(body.data.producers.map((p) => p.slug)).toContain('kalnmuizas');
			expect(new URL(body.data.producers[0].url).pathname.startsWith(`/${lang}/razotaji/`)).toBe(true);
			expect(new URL(body.data.url).pathname).toBe(`/${lang}/tirdzniecibas-vietas/siguldas-zemnieku-tirdzins`);
		}
		const fair = await apiGet<One<{ hours_note?: string }>>(request, '/api/v1/sales-points/cesu-ziemassvetku-gadatirgus');
		expect(fair.body.data.hours_note).toBeTruthy();
		const eshop = await apiGet<One>(request, '/api/v1/sales-points/lauku-grozs');
		expect(eshop.body.data.location).not.toHaveProperty('address');
	});

	test('an organisation with coverage, office hours and producers, in every language', async ({ request }) => {
		for (const lang of LANGS) {
			const { body } = await apiGet<
				One<{ coverage: { slug: string; kind: string; url?: string }[]; office_hours: Json[]; producers: { slug: string }[]; producer_count: number; kind: string }>
			>(request, `/api/v1/organisations/lauku-partneriba-lielupe?lang=${lang}`);
			expect(body.data.kind).toBe('lag');
			expect(body.data.location.address).toContain('Lielā iela 5/7');
			expect(body.data.coverage).toContainEqual(expect.objectContaining({ slug: 'jelgavas-novads', kind: 'municipality' }));
			expect(body.data.office_hours).toHaveLength(4);
			expect(body.data.producers.map((p) => p.slug)).toContain('ozolkalna-kazas');
			expect(body.data.producer_count).toBeGreaterThanOrEqual(body.data.producers.length);
			expect(new URL(body.data.url).pathname).toBe(`/${lang}/organizacijas/lauku-partneriba-lielupe`);
		}
		const forum = await apiGet<One>(request, '/api/v1/organisations/latvijas-lauku-forums');
		expect(forum.body.data.location).toMatchObject({ precision: 'municipality' });
		expect(forum.body.data.location).not.toHaveProperty('address');
	});

	test('a place with amenities and operator, in every language', async ({ request }) => {
		for (const lang of LANGS) {
			const { body } = await apiGet<One<{ amenities: string[]; description_lang: string; kind: string }>>(
				request,
				`/api/v1/places/biznesa-vestnieciba?lang=${lang}`
			);
			expect(body.data.kind).toBe('incubator');
			// place names in the reader's script: Russian pages write Latvian villages in Cyrillic (migration 0016)
			expect(body.data.location.locality).toBe(lang === 'ru' ? 'Тирайне' : 'Tīraine');
			expect(Array.isArray(body.data.amenities)).toBe(true);
			expect(new URL(body.data.url).pathname).toBe(`/${lang}/vietas/biznesa-vestnieciba`);
		}
		const colabora = await apiGet<One<{ kind: string }>>(request, '/api/v1/places/colabora-lielvarde?lang=en');
		expect(colabora.body.data.kind).toBe('coworking');
	});

	test('unknown and unpublished slugs are 404 problems', async ({ request }) => {
		for (const url of [
			'/api/v1/producers/nav-tada',
			'/api/v1/producers/rukisu-maiznica',
			'/api/v1/producers/pucesmajas-sveces',
			'/api/v1/sales-points/adazu-tirdzins',
			'/api/v1/sales-points/nav-tada',
			'/api/v1/organisations/nav-tada',
			'/api/v1/places/nav-tada',
			'/api/v1/producers/%C4%81%20%3Cscript%3E',
			'/api/v1/producers/%00',
			'/api/v1/sales-points/a%00b',
			'/api/v1/organisations/%0A',
			`/api/v1/places/${'x'.repeat(300)}`
		]) {
			const { status, body, res } = await apiGet<{ status: number; type: string; errors: { param: string }[] }>(request, url);
			expect(status, url).toBe(404);
			expect(res.headers()['content-type']).toMatch(/^application\/problem\+json/);
			expect(body.status).toBe(404);
			expect(body.type).toMatch(/\/api\/v1\/problems\/not-found$/);
			expect(body.errors.map((e) => e.param)).toEqual(['slug']);
		}
	});
});
