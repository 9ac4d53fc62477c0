import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import Parser from 'rss-parser';
import { ErrorLevel, parseSitemapIndex, XMLToSitemapItemStream, type SitemapItem } from 'sitemap';
import type { DbHandle } from '$lib/server/db/client';
import { openFixtureDb } from '$lib/server/producers/test-db';
import { PRODUCERS } from '$lib/server/producers/test-fixtures';
import { newProducersFeed } from './feed';
import { robotsTxt, sitemapFile, sitemapIndex } from './sitemap-flow';

let h: DbHandle;
beforeAll(async () => {
	h = await openFixtureDb();
});
afterAll(async () => h?.close());

const ORIGIN = 'https://tuvuma.test';
const PUBLISHED = PRODUCERS.filter((p) => p.status !== 'draft').length;

/** Strict: any sitemap error (bad URL, unknown tag) rejects instead of being logged. */
async function parseStrict(xml: string): Promise<SitemapItem[]> {
	const items: SitemapItem[] = [];
	const parser = new XMLToSitemapItemStream({ level: ErrorLevel.THROW, logger: false });
	await new Promise<void>((resolve, reject) => {
		Readable.from([xml])
			.pipe(parser)
			.on('data', (item: SitemapItem) => items.push(item))
			.on('end', resolve)
			.on('error', reject);
	});
	return items;
}

describe('Atom feeds', () => {
	it('all new producers, newest first, with absolute links in the feed language', async () => {
		const xml = await newProducersFeed(h.db, {}, 'en', ORIGIN, '/en/jaunumi.atom');
		const feed = await new Parser().parseString(xml!);
		expect(feed.title).toBe('New producers – Tuvumā');
		expect(feed.items).toHaveLength(PUBLISHED);
		expect(feed.items[0].link).toMatch(/^https:\/\/tuvuma\.test\/en\/razotaji\/tst-/);
		const dates = feed.items.map((i) => new Date(i.pubDate!).getTime());
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		expect(feed.items.map((i) => i.title)).not.toContain('Aaa melnraksts');
	});

	it('per category and per municipality; an unknown one is null (404)', async () => {
		const honey = await new Parser().parseString((await newProducersFeed(h.db, { category: 'tst-honey' }, 'lv', ORIGIN, '/lv/jaunumi.atom?category=tst-honey'))!);
		expect(honey.items.map((i) => i.title).sort()).toEqual(['Bišu māja', 'Āboliņš'].sort());
		expect(honey.title).toBe('Jaunie ražotāji: Testa medus – Tuvumā');
		const abelu = await new Parser().parseString((await newProducersFeed(h.db, { municipality: 'tst-abelu-novads' }, 'lv', ORIGIN, '/lv/novadi/tst-abelu-novads/jaunumi.atom'))!);
		expect(abelu.items.map((i) => i.title).sort()).toEqual(['Azote', 'Mājas ievārījumi', 'Āboliņš', 'Čiekuri'].sort());
		expect(await newProducersFeed(h.db, { municipality: 'nav' }, 'lv', ORIGIN, '/x')).toBeNull();
		expect(await newProducersFeed(h.db, { category: 'nav' }, 'lv', ORIGIN, '/x')).toBeNull();
	});
});

describe('sitemap', () => {
	it('the index names pages.xml and one producers file', async () => {
		const index = await parseSitemapIndex(Readable.from([await sitemapIndex(h.db, ORIGIN)]));
		const locs = index.map((i) => i.url);
		expect(locs).toContain(`${ORIGIN}/sitemaps/pages.xml`);
		expect(locs).toContain(`${ORIGIN}/sitemaps/producers-1.xml`);
		expect(locs).not.toContain(`${ORIGIN}/sitemaps/producers-2.xml`);
	});

	it('every published producer in all four locales, with hreflang alternates, x-default and lastmod', async () => {
		const items = await parseStrict((await sitemapFile(h.db, ORIGIN, 'producers-1.xml'))!);
		expect(items).toHaveLength(PUBLISHED * 4);
		const lv = items.find((i) => i.url === `${ORIGIN}/lv/razotaji/tst-abolins`)!;
		expect(lv.lastmod).toBeTruthy();
		expect(lv.links.map((l) => l.lang).sort()).toEqual(['en', 'lv', 'ro', 'ru', 'x-default']);
		expect(lv.links.find((l) => l.lang === 'ru')!.url).toBe(`${ORIGIN}/ru/razotaji/tst-abolins`);
		expect(items.some((i) => i.url.endsWith('/tst-aaa-melnraksts'))).toBe(false);
	});

	it('pages.xml lists the fixed pages and territories; unknown files are null', async () => {
		const items = await parseStrict((await sitemapFile(h.db, ORIGIN, 'pages.xml'))!);
		const urls = items.map((i) => i.url);
		expect(urls).toContain(`${ORIGIN}/lv`);
		expect(urls).toContain(`${ORIGIN}/ro/razotaji`);
		expect(urls).toContain(`${ORIGIN}/en/novadi/tst-abelu-novads`);
		expect(urls).toContain(`${ORIGIN}/lv/regioni/tst-testa-vidzeme`);
		expect(await sitemapFile(h.db, ORIGIN, 'producers-2.xml')).toBeNull();
		expect(await sitemapFile(h.db, ORIGIN, 'secrets-1.xml')).toBeNull();
	});

	it('robots.txt points to the sitemap and keeps crawlers out of private paths', () => {
		const robots = robotsTxt(ORIGIN, ['lv', 'en']);
		expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
		expect(robots).toContain('Disallow: /lv/admin');
		expect(robots).toContain('Disallow: /en/moderacija');
	});
});
