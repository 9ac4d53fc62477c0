import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { directoryPage, homePage, PRODUCERS_PER_PAGE } from './queries';
import { PRODUCERS } from './test-fixtures';
import { openFixtureDb } from './test-db';

let h: DbHandle;
beforeAll(async () => {
	h = await openFixtureDb();
});
afterAll(async () => h?.close());

const dir = (query: string, locale = 'lv') => directoryPage(h.db, new URLSearchParams(query), locale);
const names = async (query: string) => (await dir(query)).cards.map((c) => c.name);
const PUBLISHED = PRODUCERS.filter((p) => p.status !== 'draft').length;

describe('directory filters', () => {
	it('lists only published producers', async () => {
		const page = await dir('');
		expect(page.window.total).toBe(PUBLISHED);
		expect(page.cards.map((c) => c.name)).not.toContain('Aaa melnraksts');
	});
	it('narrows by a leaf category', async () => {
		expect((await names('category=tst-honey')).sort()).toEqual(['Bišu māja', 'Āboliņš'].sort());
	});
	it('includes the children of a top-level category', async () => {
		expect((await names('category=tst-food')).sort()).toEqual(['Azote', 'Bišu māja', 'Mājas ievārījumi', 'Āboliņš'].sort());
	});
	it('narrows by planning region and by municipality', async () => {
		expect(await names('region=tst-testa-vidzeme')).toEqual(['Azote', 'Āboliņš', 'Čiekuri', 'Mājas ievārījumi']);
		const kalnu = await dir('municipality=tst-kalnu-novads');
		expect(kalnu.window.total).toBe(3 + 24);
		expect(kalnu.cards.every((c) => c.municipality === 'Kalnu novads')).toBe(true);
	});
	it('narrows by kind and by label', async () => {
		expect(await names('kind=farm')).toEqual(['Āboliņš', 'Cepļi']);
		expect(await names('label=tst-pvd')).toEqual(['Āboliņš']);
	});
	it('combines filters', async () => {
		expect(await names('category=tst-honey&region=tst-testa-kurzeme')).toEqual(['Bišu māja']);
		expect(await names('kind=craftsman&region=tst-testa-vidzeme')).toEqual([]);
	});
});

describe('directory order and pages', () => {
	it('sorts by name in Latvian order: Ā after every A, Č after C', async () => {
		const first = (await names('')).slice(0, 7);
		expect(first).toEqual(['Apīnes', 'Azote', 'Āboliņš', 'Bišu māja', 'Cepļi', 'Čiekuri', 'Mājas ievārījumi']);
	});
	it('sorts newest first: by the day each was published, across both pages', async () => {
		const byDay = PRODUCERS.filter((p) => p.status !== 'draft')
			.sort((a, b) => (b.day ?? 0) - (a.day ?? 0))
			.map((p) => p.name);
		const shown = [...(await dir('sort=newest')).cards, ...(await dir('sort=newest&page=2')).cards].map((c) => c.name);
		expect(shown).toEqual(byDay);
		expect(shown.slice(0, 3)).toEqual(['Tst pildījums 24', 'Tst pildījums 23', 'Tst pildījums 22']);
		expect(shown.at(-1)).toBe('Cepļi');
	});
	it('pages by 24 with the rest on page 2', async () => {
		const p1 = await dir('');
		const p2 = await dir('page=2');
		expect(p1.cards).toHaveLength(PRODUCERS_PER_PAGE);
		expect(p2.cards).toHaveLength(PUBLISHED - PRODUCERS_PER_PAGE);
		expect(p2.window).toMatchObject({ page: 2, pages: 2 });
		expect(new Set([...p1.cards, ...p2.cards].map((c) => c.slug)).size).toBe(PUBLISHED);
		expect(p2.canonicalQuery).toBe('?page=2');
	});
});

describe('bad parameters', () => {
	it.each(['page=-1', 'page=abc', 'page=1e9', 'page=', 'sort=%27;drop', 'category=%25', "region=' or 1=1 --"])('%s shows what no parameter shows', async (q) => {
		const shown = (p: Awaited<ReturnType<typeof dir>>) => ({ slugs: p.cards.map((c) => c.slug), window: p.window });
		const plain = shown(await dir(''));
		expect(plain.slugs).toHaveLength(PRODUCERS_PER_PAGE);
		expect(shown(await dir(q))).toEqual(plain);
	});
	it('clamps a page past the end to the last page', async () => {
		const page = await dir('page=9999');
		expect(page.window.page).toBe(2);
		expect(page.cards.length).toBe(PUBLISHED - PRODUCERS_PER_PAGE);
	});
	it('ignores unknown filter values and reports them', async () => {
		const page = await dir('category=nav-tadas&region=marss&municipality=x&kind=dragon&label=zz&sort=price');
		expect(page.ignored).toEqual(['nav-tadas', 'marss', 'x', 'dragon', 'zz']);
		expect(page.window.total).toBe(PUBLISHED);
		expect(page.selection).toMatchObject({ category: '', region: '', kind: '', sort: 'name' });
	});
});

describe('home page data', () => {
	it('counts published producers per category, top level as distinct producers', async () => {
		const home = await homePage(h.db, 'lv');
		const food = home.categories.find((c) => c.slug === 'tst-food')!;
		expect(food.count).toBe(4);
		expect(food.children.map((c) => [c.slug, c.count])).toEqual([['tst-honey', 2], ['tst-jam', 2]]);
		expect(home.categories.find((c) => c.slug === 'tst-crafts')?.count).toBe(1);
		expect(home.regions.find((r) => r.slug === 'tst-testa-kurzeme')?.count).toBe(27);
		expect(home.newest).toHaveLength(8);
		expect(home.newest[0].name).toBe('Tst pildījums 24');
	});
	it('card shows first products and leaf categories, localized', async () => {
		const card = (await dir('label=tst-pvd', 'en')).cards[0];
		expect(card).toMatchObject({ municipality: 'Ābeļu novads (en)', kind: 'farm', isDemo: true });
		expect(card.products).toEqual([{ name: 'Linden honey', lang: 'en' }]);
		expect(card.categories.map((c) => c.name)).toEqual(['Test honey']);
	});
});
