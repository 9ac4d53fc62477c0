import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { producerPage } from './queries';
import { SECRET, slugOf } from './test-fixtures';
import { openFixtureDb } from './test-db';

let h: DbHandle;
beforeAll(async () => {
	h = await openFixtureDb();
});
afterAll(async () => h?.close());

const SATURDAY_10_RIGA = new Date('2026-11-28T08:00:00Z');
const load = (name: string, locale = 'lv') =>
	producerPage(h.db, slugOf(name), locale, SATURDAY_10_RIGA, `https://tuvuma.test/${locale}/razotaji/${slugOf(name)}`);

describe('producer page data', () => {
	it('is null for unknown and unpublished slugs', async () => {
		expect(await producerPage(h.db, 'nav-tada', 'lv', new Date(), 'x')).toBeNull();
		expect(await load('Aaa melnraksts')).toBeNull();
	});

	it('never contains the address, coordinates or locality of a municipality-precision producer', async () => {
		const page = await load('Bišu māja');
		expect(page).not.toBeNull();
		const json = JSON.stringify(page);
		expect(json).not.toContain('Slepenās');
		expect(json).not.toContain(String(SECRET.lat));
		expect(json).not.toContain(String(SECRET.lng));
		expect(json).not.toContain(SECRET.locality);
		// its farm-gate sales point sits at the same home and is hidden the same way
		expect(page!.salesPoints[0].location).toMatchObject({ precision: 'municipality', address: null, locality: null });
		// what is shown: the municipality, its centre on the map, and no street or geo in JSON-LD
		expect(page!.producer.location).toEqual({
			precision: 'municipality',
			address: null,
			locality: null,
			municipality: 'Kalnu novads',
			municipalitySlug: 'tst-kalnu-novads',
			point: { lat: 56.5, lng: 22.0 }
		});
		expect(page!.jsonLd.address).toEqual({ '@type': 'PostalAddress', addressRegion: 'Kalnu novads', addressCountry: 'LV' });
		expect(page!.jsonLd.geo).toBeUndefined();
	});

	it('shows the full address of an exact-precision producer', async () => {
		const page = (await load('Āboliņš'))!;
		expect(page.producer.location).toMatchObject({ address: 'Ābeļu iela 1', point: { lat: 57.01, lng: 25.01 } });
		expect(page.jsonLd).toMatchObject({
			'@type': 'LocalBusiness',
			url: 'https://tuvuma.test/lv/razotaji/tst-abolins',
			telephone: '+371 20000000',
			address: { streetAddress: 'Ābeļu iela 1', addressCountry: 'LV' },
			geo: { latitude: 57.01, longitude: 25.01 },
			makesOffer: [{ '@type': 'Offer', price: '8.50', priceCurrency: 'EUR', itemOffered: { '@type': 'Product', name: 'Liepu medus', category: 'Testa medus' } }]
		});
	});

	it('carries products, labels, sales points with open status, organisations and region', async () => {
		const bees = (await load('Bišu māja'))!;
		expect(bees.products).toEqual([
			{ name: 'Ziedu medus', nameLang: 'lv', category: 'Testa medus', priceCents: 250, unit: 'kg', unitAmount: 0.5, seasonFrom: null, seasonTo: null, photo: null }
		]);
		expect(bees.salesPoints[0]).toMatchObject({ slug: 'tst-bisu-majas-seta', kind: 'farm_gate', note: 'iepriekš piezvaniet', hours: { status: { state: 'open', closesAt: '14:00' } } });
		expect(bees.organisations).toEqual([{ slug: 'tst-biedriba', name: 'Testa biedrība' }]);
		expect(bees.producer.region).toEqual({ slug: 'tst-testa-kurzeme', name: 'Testa Kurzeme' });
		expect(bees.producer.avatar).toEqual({ icon: '🍯', initial: 'B' });
		const apple = (await load('Āboliņš'))!;
		expect(apple.labels).toEqual([{ slug: 'tst-pvd', name: 'Testa PVD', value: 'PVD-12345' }]);
	});

	it('falls back to Latvian and says so', async () => {
		const page = (await load('Azote', 'ru'))!;
		expect(page.producer).toMatchObject({ description: 'Azote ir testa ražotājs ar garu aprakstu latviešu valodā.', descriptionLang: 'lv' });
		expect(page.products[0]).toMatchObject({ name: 'Upeņu ievārījums', nameLang: 'lv' });
		expect(page.producer.location).toMatchObject({ precision: 'locality', locality: 'Zīļu pagasts', address: null });
	});
});
