import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Zero serious or critical axe violations on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** No <img> on the page failed to load (no broken images, no placeholders). */
export async function expectNoBrokenImages(page: Page): Promise<void> {
	// Map tiles are left out: they come from a tile server that is unreachable in tests on purpose.
	const broken = await page.$$eval('img:not(.leaflet-tile)', (imgs: HTMLImageElement[]) =>
		imgs.filter((i) => i.complete && i.naturalWidth === 0).map((i) => i.getAttribute('src'))
	);
	expect(broken).toEqual([]);
}

/**
 * When each of the newest producers was published, by slug, as the Atom feed of new producers
 * tells a reader: the date an order "newest first" is checked against.
 */
export async function publishedDates(request: APIRequestContext): Promise<Map<string, number>> {
	const res = await request.get('/lv/jaunumi.atom');
	expect(res.status()).toBe(200);
	const entries = (await res.text()).split('<entry>').slice(1);
	return new Map(
		entries.map((entry) => {
			const slug = /href="[^"]*\/razotaji\/([^"/]+)"/.exec(entry)?.[1];
			const published = /<published>([^<]+)<\/published>/.exec(entry)?.[1];
			if (!slug || !published) throw new Error(`An Atom entry without a producer link or date: ${entry}`);
			return [decodeURIComponent(slug), Date.parse(published)];
		})
	);
}

/** The slugs are in the feed and in order of publication, newest first. */
export function expectNewestFirst(slugs: string[], published: Map<string, number>): void {
	expect(slugs.length).toBeGreaterThan(1);
	expect(slugs.filter((s) => !published.has(s))).toEqual([]);
	const dates = slugs.map((s) => published.get(s)!);
	expect(dates).toEqual([...dates].sort((a, b) => b - a));
}
