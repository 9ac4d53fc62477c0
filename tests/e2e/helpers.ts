import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

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
