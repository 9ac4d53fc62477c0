import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { searchPage } from '$lib/server/search/queries';
import { openFixtureDb } from './test-db';

let h: DbHandle;
beforeAll(async () => {
	h = await openFixtureDb();
});
afterAll(async () => h?.close());

const names = async (q: string) => (await searchPage(h.db, q, 'lv')).cards.map((c) => c.name);

describe('interim search', () => {
	it('finds "Mājas ievārījumi" typed without diacritics, and with them', async () => {
		expect(await names('ievarijumi')).toContain('Mājas ievārījumi');
		expect(await names('IEVĀRĪJUMI')).toContain('Mājas ievārījumi');
	});
	it('ranks name prefix, then name, then product, then category or place', async () => {
		// "Mājas ievārījumi" by name; Azote by its product "Upeņu ievārījums" and the jam category
		expect(await names('ievarij')).toEqual(['Mājas ievārījumi', 'Azote']);
		// two product matches ("Liepu medus", "Ziedu medus") in Latvian name order
		expect(await names('medus')).toEqual(['Āboliņš', 'Bišu māja']);
		expect(await names('bisu')).toEqual(['Bišu māja']);
	});
	it('finds producers by a municipality name', async () => {
		const found = await names('kalnu novad');
		expect(found).toContain('Apīnes');
		expect(found).toContain('Bišu māja');
		expect(found).not.toContain('Azote');
	});
	it('finds producers by a planning region name', async () => {
		expect(await names('testa vidzeme')).toEqual(['Azote', 'Āboliņš', 'Čiekuri', 'Mājas ievārījumi']);
	});
	it('finds by a locality only producers who show their locality', async () => {
		const found = await names('zilu');
		expect(found).toContain('Azote');
		expect(found).not.toContain('Bišu māja');
	});
	it('finds producers through a category keyword', async () => {
		expect(await names('podnieks')).toEqual(['Apīnes']);
	});
	it('treats LIKE wildcards literally and never returns drafts', async () => {
		expect(await names('%')).toEqual([]);
		expect(await names('_')).toEqual([]);
		expect(await names('melnraksts')).toEqual([]);
	});
	it('limits results to 50 and reports the total', async () => {
		const page = await searchPage(h.db, 't', 'lv');
		expect(page.cards.length).toBeLessThanOrEqual(50);
		expect(page.total).toBeGreaterThanOrEqual(page.cards.length);
	});
	it('shows popular categories for an empty query', async () => {
		const page = await searchPage(h.db, '   ', 'lv');
		expect(page.cards).toEqual([]);
		expect(page.popular.map((c) => c.slug)).toEqual(['tst-honey', 'tst-jam', 'tst-ceramics']);
	});
});
