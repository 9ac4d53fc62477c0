import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, ne } from 'drizzle-orm';
import { openTestDb } from '$lib/server/db/test-db';
import type { DbHandle } from '$lib/server/db/client';
import { salesPoints } from '$lib/server/db/schema';
import { formatHoursLine } from '$lib/i18n/days';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { organisationPage } from '$lib/server/organisations/queries';
import { salesPointPage } from '$lib/server/sales-points/queries';
import { municipalityIndex, municipalityPage, regionPage } from './queries';

/** The listing flows on the demo seed and the reference geography, as the site ships them. */
let handle: DbHandle;
const NOW = new Date('2026-11-23T08:00:00Z');

beforeAll(async () => {
	handle = await openTestDb({ seed: true });
});

afterAll(async () => {
	await handle?.close();
});

describe('Lauku partnerība "Lielupe"', () => {
	it('has office hours that render the Latvian way and covers Jelgavas novads', async () => {
		const page = await organisationPage(handle.db, 'lauku-partneriba-lielupe', 'lv', { page: 1, now: NOW });
		overwriteGetLocale(() => 'lv');
		const hours = page!.organisation.officeHours!;
		expect(hours.lines!.map((l) => formatHoursLine(l, 'lv', hours.today)).map((l) => `${l.label} ${l.text}`)).toEqual([
			'P., T. 9:00–12:00',
			'O., C. 15:00–17:00'
		]);
		expect(page?.coverage).toEqual([{ slug: 'jelgavas-novads', name: 'Jelgavas novads', kind: 'municipality' }]);
		expect(page?.producersWindow.total).toBeGreaterThan(0);
		expect(page?.jsonLd).toMatchObject({ '@type': 'NGO', url: 'http://partneribalielupe.lv' });
	});
});

describe('sales points with a hidden address', () => {
	it('never put the stored address or coordinates into page data', async () => {
		const hidden = await handle.db
			.select({ slug: salesPoints.slug, address: salesPoints.address, lat: salesPoints.lat })
			.from(salesPoints)
			.where(and(eq(salesPoints.status, 'published'), ne(salesPoints.locationPrecision, 'exact')));
		expect(hidden.some((s) => s.slug === 'marupes-majrazotaju-tirdzniecibas-vieta')).toBe(true);
		for (const sp of hidden) {
			const json = JSON.stringify(await salesPointPage(handle.db, sp.slug, 'lv', NOW));
			if (sp.address) expect(json, sp.slug).not.toContain(sp.address);
			if (sp.lat !== null) expect(json, sp.slug).not.toContain(String(sp.lat));
		}
	});

	it('still list the producers who sell there', async () => {
		const page = await salesPointPage(handle.db, 'marupes-majrazotaju-tirdzniecibas-vieta', 'lv', NOW);
		expect(page?.salesPoint.location).toMatchObject({ precision: 'locality', address: null, locality: 'Mārupe' });
		expect(page?.producers.length).toBeGreaterThan(0);
	});
});

describe('territories on the seed', () => {
	it('count every published producer once across the municipality index and agree with the region pages', async () => {
		const { regions } = await municipalityIndex(handle.db, 'lv');
		for (const r of regions) {
			const page = await regionPage(handle.db, r.slug, 'lv', { page: 1 });
			const sum = r.municipalities.reduce((n, m) => n + m.producers, 0);
			expect(page?.producersWindow.total, r.slug).toBe(sum);
		}
	});

	it('show Jelgavas novads with its historical names, its LAG and the organisations serving all regions', async () => {
		const result = await municipalityPage(handle.db, 'jelgavas-novads', 'lv', { page: 1 });
		if (result?.kind !== 'page') throw new Error('expected a page');
		expect(result.data.historicalNames).toContain('Ozolnieku novads');
		const scopes = Object.fromEntries(result.data.organisations.map((o) => [o.slug, o.scope]));
		expect(scopes['lauku-partneriba-lielupe']).toBe('local');
		expect(scopes['latvijas-lauku-forums']).toBe('region');
	});

	it('redirect historical names', async () => {
		expect(await municipalityPage(handle.db, 'ozolnieku-novads', 'lv', { page: 1 })).toEqual({ kind: 'redirect', slug: 'jelgavas-novads' });
	});
});
