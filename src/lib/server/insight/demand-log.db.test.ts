import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, sql } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { demandRollupState, demandWeekly, demandWindow, searchLogSalts, searchMisses, territories } from '$lib/server/db/schema';
import { toNumber } from '$lib/server/db/types';
import { openTestDb } from '$lib/server/db/test-db';
import { searchPort, insertMisses } from '../search';
import { logSearchDemand } from './demand-log';
import { topNeeds, topNeedsByArea, totalsByMunicipalityAndCategory, weeklyTotals } from './demand-repository';
import { rollupState } from './rollup-repository';
import { runRollup } from './rollup';
import { addDays, weekWindow } from './weeks';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	// the demo's generated searches and their roll-up: this file counts its own
	await h.db.delete(searchMisses);
	await h.db.delete(demandWeekly);
	await h.db.delete(demandRollupState);
});
afterAll(async () => h?.close());

const NOW = new Date('2026-11-25T10:00:00Z');
const run = (query: string, now = NOW) => searchPort().search(h.db, searchPort().parse(new URLSearchParams(query)).params, 'lv', { now });
const logged = async () => toNumber((await h.db.select({ n: count() }).from(searchMisses))[0].n);
const browser = { address: '10.1.2.3', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36' };
const municipality = async (slug: string) =>
	(await h.db.select({ id: territories.id }).from(territories).where(and(eq(territories.kind, 'municipality'), eq(territories.slug, slug))))[0].id;

describe('the unmet-demand log', () => {
	it('groups inflected forms as one need with its category and municipality', async () => {
		await run('q=kazas siers Valkā');
		await run('q=kazu sieru Valkā');
		const rows = await h.db.select({ needKey: searchMisses.needKey, categoryId: searchMisses.categoryId, municipalityId: searchMisses.municipalityId, resultCount: searchMisses.resultCount }).from(searchMisses);
		const valka = await municipality('valkas-novads');
		expect(rows).toHaveLength(2);
		for (const r of rows) expect(r).toMatchObject({ needKey: 'kaz sier', categoryId: 12, municipalityId: valka });
	});

	it('rounds a near-me point to its municipality and keeps only "point" of it', async () => {
		await run('q=trifeles&near=56.95,24.11'); // Rīga centre
		const [row] = await h.db.select({ municipalityId: searchMisses.municipalityId, filters: searchMisses.filters }).from(searchMisses).orderBy(sql`${searchMisses.id} desc`).limit(1);
		expect(row.municipalityId).toBe(await municipality('riga'));
		expect(JSON.stringify(row.filters)).not.toMatch(/56\.9|24\.1/);
	});

	it('logs searches with few results, not those with enough', async () => {
		const before = await logged();
		const few = await run('q=ozolkalna');
		expect(few.total).toBeGreaterThan(0);
		expect(few.total).toBeLessThan(3);
		expect(await logged()).toBe(before + 1);
		const [row] = await h.db.select({ resultCount: searchMisses.resultCount }).from(searchMisses).orderBy(sql`${searchMisses.id} desc`).limit(1);
		expect(row.resultCount).toBe(few.total);
		expect((await run('q=medus')).total).toBeGreaterThan(3);
		expect(await logged()).toBe(before + 1);
	});

	it('counts one visitor’s repeats once a day, other visitors and days again, crawlers never', async () => {
		const response = await run('q=trifeles');
		expect(response.total).toBe(0);
		const before = await logged();
		expect(await logSearchDemand(h.db, response, NOW, browser)).toBe(true);
		expect(await logSearchDemand(h.db, response, NOW, browser)).toBe(false);
		expect(await logSearchDemand(h.db, response, NOW, { ...browser, address: '10.9.9.9' })).toBe(true);
		expect(await logSearchDemand(h.db, response, new Date('2026-11-26T10:00:00Z'), browser)).toBe(true);
		expect(await logSearchDemand(h.db, response, NOW, { address: '10.1.1.1', userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' })).toBe(false);
		expect(await logSearchDemand(h.db, response, NOW, { address: '10.1.1.1', userAgent: '' })).toBe(false);
		expect(await logged()).toBe(before + 3);
		// what is kept of the visitor is a hash, not the address or the browser
		const keys = await h.db.select({ key: searchMisses.dedupeKey }).from(searchMisses).where(sql`${searchMisses.dedupeKey} IS NOT NULL`);
		expect(keys.length).toBe(3);
		for (const k of keys) expect(k.key).not.toMatch(/10\.|Mozilla/);
	});

	it('has no column for an address, a browser, an account or a session', async () => {
		const columns = await h.db.execute(sql`SELECT table_name AS t, column_name AS c FROM information_schema.columns
			WHERE table_schema = 'public' AND table_name IN ('search_misses', 'demand_weekly', 'demand_window', 'search_log_salts') ORDER BY 1, 2`);
		const names = (columns as unknown as { rows: { t: string; c: string }[] }).rows.map((r) => `${r.t}.${r.c}`);
		expect(names.filter((n) => n.startsWith('search_misses.'))).toEqual(
			['category_id', 'day', 'dedupe_key', 'filters', 'id', 'is_demo', 'municipality_id', 'need_key', 'need_label', 'query', 'result_count'].map((c) => `search_misses.${c}`)
		);
		const personal = ['ip', 'address', 'addr', 'agent', 'user', 'session', 'visitor', 'account', 'email'];
		expect(names.filter((n) => n.split('.')[1].split('_').some((word) => personal.includes(word)))).toEqual([]);
	});

	it('does not log an empty search box or a query with nothing to look for', async () => {
		const before = await logged();
		await run('q=');
		await run('q=%25');
		expect(await logged()).toBe(before);
	});
});

describe('the weekly roll-up', () => {
	it('gives the same numbers before and after it runs, and forgets finished days’ salts', async () => {
		const scope = { from: '2026-11-01', to: '2026-11-30', municipalityIds: null };
		const before = { needs: await topNeeds(h.db, scope, 10), weeks: await weeklyTotals(h.db, scope) };
		expect(before.needs.find((n) => n.needKey === 'kaz sier')).toMatchObject({ searches: 2, zeroResults: 2, categoryId: 12, label: 'kazas siers' });
		expect(before.weeks.map((w) => w.week)).toEqual(['2026-11-23']);

		const result = await runRollup(h.db, new Date('2026-11-28T10:00:00Z'));
		expect(result.until).toBe('2026-11-27');
		expect(await topNeeds(h.db, scope, 10)).toEqual(before.needs);
		expect(await weeklyTotals(h.db, scope)).toEqual(before.weeks);
		expect(await h.db.select({ day: searchLogSalts.day }).from(searchLogSalts)).toEqual([]);

		// a search after the roll-up is counted at once; running it again changes nothing
		await run('q=kazas siers Valkā', new Date('2026-11-28T12:00:00Z'));
		const kaz = async () => (await topNeeds(h.db, scope, 10)).find((n) => n.needKey === 'kaz sier')?.searches;
		expect(await kaz()).toBe(3);
		await runRollup(h.db, new Date('2026-11-28T10:00:00Z'));
		expect(await kaz()).toBe(3);
	});

	it('filters by area and by need', async () => {
		const valka = await municipality('valkas-novads');
		const scope = { from: '2026-11-01', to: '2026-11-30', municipalityIds: [valka] };
		expect((await topNeeds(h.db, scope, 10)).map((n) => n.needKey)).toEqual(['kaz sier']);
		expect(await weeklyTotals(h.db, { ...scope, needKey: 'trifel' })).toEqual([]);
	});
});

describe('the windows roll-up', () => {
	const TODAY = '2026-11-25'; // a Wednesday: the current week began on 23 November
	const need = (key: string, categoryId: number | null) => ({ query: key, filters: {}, needKey: key, needLabel: key, categoryId, dedupeKey: null });

	it('answers the views’ windows from demand_window with the numbers the weeks give, the current week and today’s log added', async () => {
		await h.db.delete(searchMisses);
		await h.db.delete(demandWeekly);
		await h.db.delete(demandWindow);
		await h.db.delete(demandRollupState);
		const [valka, jelgava, cesis] = [await municipality('valkas-novads'), await municipality('jelgavas-novads'), await municipality('cesu-novads')];
		const places = [valka, jelgava, cesis, null];
		const needs = [need('kaz sier', 12), need('zut', null), need('trifel', null), need('jer gal', null)];
		const rows = Array.from({ length: 120 }, (_, i) => ({ ...needs[(i * i) % 4], day: addDays(TODAY, -((i * 7) % 100)), municipalityId: places[i % 4], resultCount: i % 3 === 0 ? 1 : 0 }));
		await insertMisses(h.db, rows);
		const w12 = weekWindow(TODAY, 12);
		const w4 = { ...weekWindow(TODAY, 4), municipalityIds: [valka, jelgava] };
		const read = async () => ({
			needs12: await topNeeds(h.db, { ...w12, municipalityIds: null }, 10),
			needs4: await topNeeds(h.db, w4, 10),
			totals: (await totalsByMunicipalityAndCategory(h.db, { ...w12, municipalityIds: null })).sort((a, b) => (a.municipalityId ?? 0) - (b.municipalityId ?? 0) || (a.categoryId ?? 0) - (b.categoryId ?? 0)),
			areas: await topNeedsByArea(h.db, w12, [[valka], [valka, jelgava, cesis]], 3)
		});
		const before = await read();
		expect(before.needs12.reduce((a, n) => a + n.searches, 0)).toBe(rows.filter((r) => r.day >= w12.from).length);

		await runRollup(h.db, new Date(`${TODAY}T10:00:00Z`));
		expect(await rollupState(h.db)).toEqual({ rolledUntil: '2026-11-24', windowMonday: '2026-11-23' });
		const windows = await h.db.select({ weeks: demandWindow.weeks, searches: sql<number>`sum(${demandWindow.searches})::int` }).from(demandWindow).groupBy(demandWindow.weeks).orderBy(demandWindow.weeks);
		expect(windows.map((w) => w.weeks)).toEqual([4, 12, 26, 52]);
		expect(windows.find((w) => w.weeks === 12)!.searches).toBe(rows.filter((r) => r.day >= w12.from && r.day < '2026-11-23').length);
		expect(await read()).toEqual(before);

		// a search today is counted at once; tomorrow's run moves it into the roll-up and nothing changes
		await insertMisses(h.db, [{ ...needs[2], day: TODAY, municipalityId: valka, resultCount: 0 }]);
		const trifel = async () => (await topNeeds(h.db, w4, 10)).find((n) => n.needKey === 'trifel')?.searches ?? 0;
		const now = await trifel();
		expect(now).toBe((before.needs4.find((n) => n.needKey === 'trifel')?.searches ?? 0) + 1);
		await runRollup(h.db, new Date('2026-11-26T10:00:00Z'));
		expect(await trifel()).toBe(now);
	});
});
