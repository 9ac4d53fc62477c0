import { expect, test } from '@playwright/test';
import { Readable } from 'node:stream';
import Parser from 'rss-parser';
import { parseSitemap, parseSitemapIndex } from 'sitemap';

test.describe('feeds', () => {
	test('new producers: all, per category, per municipality; pages announce them', async ({ page, request }) => {
		for (const path of ['/lv/jaunumi.atom', '/en/jaunumi.atom?category=medus', '/ru/novadi/kuldigas-novads/jaunumi.atom']) {
			const res = await request.get(path);
			expect(res.status(), path).toBe(200);
			expect(res.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
			const feed = await new Parser().parseString(await res.text());
			expect(feed.items.length, path).toBeGreaterThan(0);
			for (const item of feed.items) expect(item.link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/${path.slice(1, 3)}/razotaji/`));
		}
		expect((await request.get('/lv/novadi/nav-tada/jaunumi.atom')).status()).toBe(404);
		await page.goto('/lv/novadi/kuldigas-novads');
		await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/lv/novadi/kuldigas-novads/jaunumi.atom');
		await page.goto('/en');
		await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/en/jaunumi.atom');
	});
});

test.describe('sitemap and robots', () => {
	test('robots.txt points to the sitemap and keeps crawlers out of private paths', async ({ request }) => {
		const robots = await (await request.get('/robots.txt')).text();
		expect(robots).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml$/m);
		expect(robots).toContain('Disallow: /lv/admin');
		expect(robots).toContain('Disallow: /ru/moderacija');
	});

	test('every URL of every sitemap answers 200, in all four locales with alternates', async ({ request }) => {
		test.setTimeout(240_000);
		const index = await parseSitemapIndex(Readable.from([await (await request.get('/sitemap.xml')).text()]));
		expect(index.length).toBeGreaterThanOrEqual(5);
		const urls: string[] = [];
		for (const entry of index) {
			const items = await parseSitemap(Readable.from([await (await request.get(entry.url)).text()]));
			for (const item of items) {
				expect(item.links.map((l) => l.lang).sort(), item.url).toEqual(['en', 'lv', 'ro', 'ru', 'x-default']);
				urls.push(item.url);
			}
		}
		expect(urls.length).toBeGreaterThan(4 * 200);
		expect(urls).toContain(urls.find((u) => /\/ro\/razotaji\/[a-z0-9-]+$/.test(u)));
		const failed: string[] = [];
		// a few at a time: the server is shared with the other specs
		for (let i = 0; i < urls.length; i += 6) {
			const batch = urls.slice(i, i + 6);
			const statuses = await Promise.all(batch.map((u) => request.get(u, { maxRedirects: 0 }).then((r) => r.status())));
			statuses.forEach((s, j) => s !== 200 && failed.push(`${s} ${batch[j]}`));
		}
		expect(failed).toEqual([]);
	});
});
