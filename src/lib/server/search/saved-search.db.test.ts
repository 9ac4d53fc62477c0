import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDb } from '$lib/server/db/test-db';
import { categories } from '$lib/server/db/schema';
import { parseSearchParams } from './params';
import { savedSearchMatches } from './saved-search';

/** Which new products an alert mails: by the search's words, its category filter — and uncategorised imports by name only. */
let h: DbHandle;
let honey: number;
let cheese: number;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	const id = async (slug: string) => (await h.db.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug)))[0].id;
	honey = await id('medus');
	cheese = await id('piena-produkti-un-siers');
});
afterAll(async () => h?.close());

const matcher = async (query: string) => {
	const parsed = parseSearchParams(new URLSearchParams(query));
	if (!parsed.ok) throw new Error(`bad test query ${query}`);
	return savedSearchMatches(h.db, parsed.params, 'lv');
};

describe('a saved search and new products', () => {
	it('a word of the search names the product or its category', async () => {
		const m = await matcher('q=medus');
		expect(m.productMatches({ name: { lv: 'Liepu medus' }, categoryId: honey })).toBe(true);
		expect(m.productMatches({ name: { lv: 'Ziedu maisījums' }, categoryId: honey })).toBe(true);
		expect(m.productMatches({ name: { lv: 'Kazas siers' }, categoryId: cheese })).toBe(false);
	});

	it('an uncategorised product (kept by an import) matches by its name only', async () => {
		const m = await matcher('q=medus');
		expect(m.productMatches({ name: { lv: 'Griķu medus' }, categoryId: null })).toBe(true);
		expect(m.productMatches({ name: { lv: 'Rupjmaize' }, categoryId: null })).toBe(false);
	});

	it('a category filter never lets an uncategorised product through, nor one of another category', async () => {
		const m = await matcher('category=medus');
		expect(m.productMatches({ name: { lv: 'Liepu medus' }, categoryId: honey })).toBe(true);
		expect(m.productMatches({ name: { lv: 'Liepu medus' }, categoryId: null })).toBe(false);
		expect(m.productMatches({ name: { lv: 'Kazas siers' }, categoryId: cheese })).toBe(false);
	});
});
