import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like, sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { openTestDb } from '../db/test-db';
import { organisations, producers, territories } from '../db/schema';
import { searchPort } from '../search';
import { municipalityIndex, municipalityPage, regionPage } from '../geography/queries';
import { producerPage } from '../producers/producer-page';
import { MD_PRODUCERS } from './moldova-data';
import { BASE_DATE, END_DATE } from './build-shared';
import { homePage } from '../producers/queries';

/** Issue 19: the Moldovan demo directory of the Northern region, on the seeded database. */
let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
}, 600_000);
afterAll(async () => {
	await h?.close();
});

const search = async (q: string, locale = 'ro', more: Record<string, string> = {}) =>
	searchPort().search(h.db, searchPort().parse(new URLSearchParams({ q, ...more })).params, locale);
const producerSlugs = async (q: string, locale = 'ro', more: Record<string, string> = {}) =>
	(await search(q, locale, more)).groups.find((g) => g.type === 'producer')?.hits.map((x) => x.slug) ?? [];

describe('Moldovan demo data', () => {
	it('seeds demo producers in Bălți, Soroca, Edineț and Drochia raioane, with Moldovan numbers', async () => {
		const rows = await h.db
			.select({ slug: producers.slug, phone: producers.phone, isDemo: producers.isDemo, raion: territories.slug })
			.from(producers)
			.innerJoin(territories, eq(territories.id, producers.municipalityId))
			.where(eq(territories.countryCode, 'MD'));
		expect(rows.map((r) => r.slug).sort()).toEqual(MD_PRODUCERS.map((p) => p.slug).sort());
		expect(new Set(rows.map((r) => r.raion))).toEqual(new Set(['balti', 'soroca-rajons', 'edinet-rajons', 'drochia-rajons']));
		for (const r of rows) {
			expect(r.isDemo).toBe(true);
			expect(r.phone).toMatch(/^\+373 /);
		}
		const lags = await h.db.select({ slug: organisations.slug, isDemo: organisations.isDemo }).from(organisations).where(like(organisations.slug, 'gal-%-demo'));
		expect(lags.map((l) => l.slug).sort()).toEqual(['gal-lunca-nistrului-demo', 'gal-nord-vest-demo']);
		const primarii = await h.db.select({ slug: organisations.slug }).from(organisations).where(and(eq(organisations.kind, 'public_body'), like(organisations.slug, 'primaria-%')));
		expect(primarii).toHaveLength(4);
		// the demo LAGs are partners of the seed's LV–MD project
		const partners = await h.db.execute(
			sql`select pp.name, pp.country from project_partners pp join projects p on p.id = pp.project_id where p.slug = 'atbalsts-moldovas-regionu-izaugsmei' and pp.organisation_id is not null and pp.country = 'MD' order by pp.position`
		);
		expect((partners as unknown as { rows: { name: string }[] }).rows.map((r) => r.name)).toEqual(['GAL Nord-Vest demo', 'GAL Lunca Nistrului demo']);
	});

	it('search folds Romanian diacritics: "balti", "edinet" with a cedilla typed, "cosauti"', async () => {
		expect(await producerSlugs('balti')).toContain('prisaca-albinuta-din-balti');
		expect(await producerSlugs('Bălți', 'lv')).toContain('prisaca-albinuta-din-balti');
		expect(await producerSlugs('Edineţ')).toContain('branzeturi-edinet');
		expect(await producerSlugs('edinet', 'ru')).toContain('branzeturi-edinet');
		expect(await producerSlugs('cosauti')).toContain('covoare-din-cosauti');
		expect(await producerSlugs('miere salcam')).toContain('prisaca-albinuta-din-balti');
		expect(await producerSlugs('брынза', 'ru')).toContain('branzeturi-edinet');
	});

	it('the Northern region filters Moldovan listings only', async () => {
		// "miere" names the honey category: Latvian honey producers too, until the region filter applies
		expect((await producerSlugs('miere')).length).toBeGreaterThan(1);
		expect(await producerSlugs('miere', 'ro', { region: 'moldovas-ziemelu-regions' })).toEqual(['prisaca-albinuta-din-balti']);
		expect(await producerSlugs('miere', 'ro', { region: 'zemgale' })).not.toContain('prisaca-albinuta-din-balti');
		const raion = await search('covoare', 'ro', { municipality: 'soroca-rajons' });
		expect(raion.groups.find((g) => g.type === 'producer')?.hits.map((x) => [x.slug, x.municipality])).toEqual([['covoare-din-cosauti', 'Raionul Soroca']]);
	});

	it('dates its rows inside the demo period, older than the Latvian producers the home page lists as newest', async () => {
		const dated = await h.db
			.select({ slug: producers.slug, createdAt: producers.createdAt, publishedAt: producers.publishedAt })
			.from(producers)
			.innerJoin(territories, eq(territories.id, producers.municipalityId))
			.where(eq(territories.countryCode, 'MD'));
		const orgs = await h.db.select({ createdAt: organisations.createdAt }).from(organisations).where(like(organisations.email, '%@example.md'));
		for (const at of [...dated.flatMap((r) => [r.createdAt, r.publishedAt]), ...orgs.map((o) => o.createdAt)]) {
			expect(at!.getTime()).toBeGreaterThanOrEqual(BASE_DATE.getTime());
			expect(at!.getTime()).toBeLessThanOrEqual(END_DATE.getTime());
		}
		const home = await homePage(h.db, 'lv');
		expect(home.newest.filter((c) => MD_PRODUCERS.some((p) => p.slug === c.slug))).toEqual([]);
	});

	it('one location rule: exact only with a house point, postcodes from the raion map', async () => {
		const rows = await h.db
			.select({ slug: organisations.slug, precision: organisations.locationPrecision, address: organisations.address, postalCode: organisations.postalCode })
			.from(organisations)
			.where(like(organisations.email, '%@example.md'));
		const bySlug = new Map(rows.map((r) => [r.slug, r]));
		expect(bySlug.get('gal-nord-vest-demo')).toEqual({ slug: 'gal-nord-vest-demo', precision: 'locality', address: 'str. Independenței 20', postalCode: '4601' });
		expect(bySlug.get('primaria-municipiului-balti-demo')).toMatchObject({ precision: 'municipality', address: null, postalCode: null });
		const [pelinia] = await h.db.select({ precision: producers.locationPrecision, postalCode: producers.postalCode }).from(producers).where(eq(producers.slug, 'livada-pelinia'));
		expect(pelinia).toEqual({ precision: 'locality', postalCode: '5221' });
	});

	it('a producer page shows the Moldovan address, raion, region, phone and Romanian text', async () => {
		const page = await producerPage(h.db, 'prisaca-albinuta-din-balti', 'ro', new Date('2026-06-01T10:00:00Z'), 'https://tuvuma.test/ro/razotaji/prisaca-albinuta-din-balti');
		expect(page?.producer).toMatchObject({
			postalAddress: 'str. Independenței 12, Municipiul Bălți, MD-3100',
			location: { country: 'MD' },
			contacts: { phone: '+373 231 2 34 56' },
			region: { slug: 'moldovas-ziemelu-regions', name: 'Regiunea de Dezvoltare Nord' },
			descriptionLang: 'ro'
		});
		expect(page?.producer.description).toMatch(/^Stupina familiei Rusu din Bălți/);
		expect(JSON.stringify(page?.jsonLd)).toContain('"addressCountry":"MD"');
		const ru = await producerPage(h.db, 'prisaca-albinuta-din-balti', 'ru', new Date('2026-06-01T10:00:00Z'), 'https://tuvuma.test/ru/razotaji/prisaca-albinuta-din-balti');
		expect(ru?.producer.description).toMatch(/^Семейная пасека/);
		expect(ru?.producer.postalAddress).toBe('str. Independenței 12, Бельцы, MD-3100');
		// locality precision: no street address leaves the server
		const rug = await producerPage(h.db, 'covoare-din-cosauti', 'ro', new Date('2026-06-01T10:00:00Z'), 'https://tuvuma.test/ro/razotaji/covoare-din-cosauti');
		expect(rug?.producer).toMatchObject({ postalAddress: null, location: { locality: 'Cosăuți', address: null, country: 'MD' } });
	});

	it('raion, region and municipality index pages list Moldova; Latvia unchanged', async () => {
		const soroca = await municipalityPage(h.db, 'soroca-rajons', 'ro', { page: 1 });
		if (soroca?.kind !== 'page') throw new Error('expected the Soroca raion page');
		expect(soroca.data.municipality.name).toBe('Raionul Soroca');
		expect(soroca.data.region?.slug).toBe('moldovas-ziemelu-regions');
		expect(soroca.data.towns.map((t) => t.slug)).toEqual(['soroca']);
		expect(soroca.data.parishes).toEqual([{ slug: 'cosauti', name: 'Cosăuți', producers: 1 }]);
		expect(soroca.data.producers.map((p) => p.slug).sort()).toEqual(['covoare-din-cosauti', 'legume-de-la-soroca']);
		expect(soroca.data.organisations.map((o) => o.slug)).toEqual(expect.arrayContaining(['gal-lunca-nistrului-demo', 'primaria-orasului-soroca-demo']));

		const nord = await regionPage(h.db, 'moldovas-ziemelu-regions', 'ro', { page: 1 });
		expect(nord?.municipalities).toHaveLength(12);
		expect(nord?.municipalities.find((m) => m.slug === 'balti')).toMatchObject({ name: 'Municipiul Bălți', producers: 1 });
		expect(nord?.producers).toHaveLength(MD_PRODUCERS.length);

		const index = await municipalityIndex(h.db, 'lv');
		expect(index.total).toBe(42);
		expect(index.regions.map((r) => r.slug)).toEqual(['riga', 'vidzeme', 'kurzeme', 'zemgale', 'latgale']);
		expect(index.moldova.map((r) => [r.slug, r.municipalities.length])).toEqual([
			['moldovas-ziemelu-regions', 12],
			['moldovas-centra-regions', 13],
			['moldovas-dienvidu-regions', 8],
			['moldova', 3]
		]);
		// every raion, municipiu and the autonomy is listed: Chișinău, Bender and Găgăuzia sit directly under the country
		expect(index.moldova.reduce((n, r) => n + r.municipalities.length, 0)).toBe(36);
		expect(index.moldova.at(-1)).toMatchObject({ linked: false, municipalities: [{ slug: 'bender' }, { slug: 'gagauzija' }, { slug: 'kisineva' }] });
	});
});
