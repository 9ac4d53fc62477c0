import { expect, test } from '@playwright/test';
import { expectAccessible, expectNewestFirst, expectNoBrokenImages, publishedDates } from '../helpers';

const cardLinks = (page: import('@playwright/test').Page) => page.locator('main article h3 a');

async function count(page: import('@playwright/test').Page): Promise<number> {
	const h1 = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
	return Number(/\d+/.exec(h1)?.[0]);
}

test.describe('home', () => {
	test('shows search, categories with counts, the five regions and newest producers', async ({ page }) => {
		await page.goto('/lv');
		await expect(page.getByLabel('Meklēt ražotājus un produktus')).toBeVisible();
		await expect(page.getByRole('link', { name: /Medus/ }).first()).toBeVisible();
		for (const region of ['Rīgas', 'Vidzemes', 'Kurzemes', 'Zemgales', 'Latgales']) {
			await expect(page.locator(`main a[href^="/lv/regioni/"]`, { hasText: region }).first()).toBeVisible();
		}
		expect(await page.locator('main a[href^="/lv/razotaji/"]').count()).toBeGreaterThanOrEqual(8);
		await expectNoBrokenImages(page);
		await expectAccessible(page);
	});

	test('the search box finds producers by name typed without diacritics', async ({ page }) => {
		await page.goto('/lv');
		await page.getByLabel('Meklēt ražotājus un produktus').fill('ievarijumi');
		await page.getByLabel('Meklēt ražotājus un produktus').press('Enter');
		await expect(page).toHaveURL(/\/lv\/meklet\?q=ievarijumi/);
		await expect(page.locator('main a[href="/lv/razotaji/vecmaminas-ievarijumi"]').first()).toBeVisible();
	});
});

test.describe('directory', () => {
	test('lists published producers with a Latvian plural count and stable pagination', async ({ page }) => {
		await page.goto('/lv/razotaji');
		const total = await count(page);
		expect(total).toBeGreaterThanOrEqual(150);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${total} ražotāj(s|i|u)$`));
		await expect(cardLinks(page)).toHaveCount(24);
		await page.getByRole('navigation', { name: 'Lapas' }).getByRole('link', { name: /Nākamā/ }).click();
		await expect(page).toHaveURL(/\/lv\/razotaji\?page=2$/);
		const second = await cardLinks(page).allTextContents();
		await page.goto('/lv/razotaji?page=2');
		expect(await cardLinks(page).allTextContents()).toEqual(second);
		await expectAccessible(page);
	});

	test('sorts by name in Latvian order: Ā after all A, Ž last, legal forms ignored', async ({ page }) => {
		const names: string[] = [];
		const slugs: string[] = [];
		// every page to the last (other tests may have published producers, so the number of pages varies)
		for (let n = 1; n <= 30; n++) {
			await page.goto(`/lv/razotaji?page=${n}`);
			names.push(...(await cardLinks(page).allTextContents()));
			for (const href of await cardLinks(page).evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))) slugs.push(href);
			if ((await page.getByRole('navigation', { name: 'Lapas' }).getByRole('link', { name: /Nākamā/ }).count()) === 0) break;
		}
		const plain = names.map((n) => n.replace(/^(Z\/S|ZS|SIA|IK|biedrība)\s+/i, '').replace(/["“”„]/g, '').trim());
		const collator = new Intl.Collator('lv');
		expect(plain).toEqual([...plain].sort(collator.compare));
		const firstA = plain.findIndex((n) => n.startsWith('Ā'));
		expect(firstA).toBeGreaterThan(0);
		expect(plain.slice(firstA).some((n) => /^A/.test(n))).toBe(false);
		expect(slugs.at(-1)).toBe('/lv/razotaji/zubites-keramika');
	});

	test('filters by category, region, municipality, kind and label narrow the list', async ({ page }) => {
		await page.goto('/lv/razotaji');
		const all = await count(page);
		await page.getByLabel('Kategorija').selectOption('medus');
		await page.getByRole('button', { name: 'Rādīt' }).click();
		await page.waitForURL(/category=medus/);
		const honey = await count(page);
		expect(honey).toBeGreaterThan(0);
		expect(honey).toBeLessThan(all);
		for (const [query, check] of [
			['region=latgale', ''],
			['municipality=siguldas-novads', 'Siguldas novads'],
			['kind=craftsman', 'Amatnieks'],
			['label=biologisks', '']
		] as const) {
			await page.goto(`/lv/razotaji?${query}`);
			const n = await count(page);
			expect(n, query).toBeGreaterThan(0);
			expect(n, query).toBeLessThan(all);
			if (check) await expect(page.locator('main article').first()).toContainText(check);
		}
	});

	test('newest first lists producers by the date they were published', async ({ page, request }) => {
		await page.goto('/lv/razotaji?sort=newest');
		const hrefs = await cardLinks(page).evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
		expect(hrefs).toHaveLength(24);
		expectNewestFirst(
			hrefs.map((h) => decodeURIComponent(h.split('/').at(-1)!)),
			await publishedDates(request)
		);
	});

	test('works without JavaScript: filters are a plain GET form', async ({ browser }) => {
		const ctx = await browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto('/lv/razotaji');
		await page.getByLabel('Reģions').selectOption('kurzeme');
		await page.locator('main form button[type="submit"]').first().click();
		await expect(page).toHaveURL(/region=kurzeme/);
		expect(await count(page)).toBeGreaterThan(0);
		await ctx.close();
	});

	test('pending and draft producers are never listed or shown', async ({ page }) => {
		const html = await (await page.request.get('/lv/razotaji?page=1')).text();
		expect(html).not.toContain('rukisu-maiznica');
		expect((await page.goto('/lv/razotaji/rukisu-maiznica'))?.status()).toBe(404);
		expect((await page.goto('/lv/razotaji/pucesmajas-sveces'))?.status()).toBe(404);
	});
});
