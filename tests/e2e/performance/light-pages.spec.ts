import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';

// Issue 14 and issue 12 (item 7, smaller faults): what a person on a phone notices.
const PHONE = { width: 412, height: 915 };

test.describe('a light page on a phone', () => {
	test.use({ viewport: PHONE });

	test('the header takes little of the screen, and its menu opens without JavaScript too', async ({ browser }) => {
		for (const javaScriptEnabled of [true, false]) {
			const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
			const page = await context.newPage();
			await page.goto('/lv/razotaji');
			const header = await page.locator('header.site-header').boundingBox();
			expect(header!.height).toBeLessThanOrEqual(130);
			await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('link', { name: 'Novadi' })).toBeHidden();
			await page.locator('details.menu > summary').click();
			await page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('link', { name: 'Novadi' }).click();
			await expect(page).toHaveURL(/\/lv\/novadi$/);
			await context.close();
		}
	});

	test('a ticked filter shows its results at once; the sticky button says how many and jumps to them', async ({ page }) => {
		test.setTimeout(60_000);
		await page.goto('/lv/meklet?q=medus');
		await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
		const total = page.locator('.total');
		const before = await total.textContent();
		await page.locator('summary').filter({ hasText: 'Filtri un kārtošana' }).click();
		const honey = page.getByRole('group', { name: 'Kategorija' }).getByRole('checkbox', { name: /^Medus/ });
		await honey.check();
		await expect(page).toHaveURL(/category=medus/);
		await expect(total).not.toHaveText(before!);
		await expect(honey).toBeFocused();
		// the same page, not a new one: nothing was reloaded
		expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
		const count = /\d+/.exec((await total.textContent())!)![0];
		const show = page.getByRole('button', { name: `Rādīt rezultātus (${count})` });
		await expect(show).toBeInViewport();
		await show.click();
		await expect(page.locator('#results')).toBeInViewport();
		await expectAccessible(page);
		await page.goBack();
		await expect(page).toHaveURL(/\/lv\/meklet\?q=medus$/);
		await expect(total).toHaveText(before!);
	});

	test('directory filters apply at once and keep the no-JavaScript form', async ({ browser, page }) => {
		await page.goto('/lv/razotaji');
		const heading = page.getByRole('heading', { level: 1 });
		const all = await heading.textContent();
		await page.getByLabel('Ražotāja veids').selectOption('farm');
		await expect(page).toHaveURL(/\/lv\/razotaji\?kind=farm$/);
		await expect(heading).not.toHaveText(all!);
		await expect(page.getByLabel('Ražotāja veids')).toBeFocused();

		const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto('/lv/razotaji');
		await plain.getByLabel('Ražotāja veids').selectOption('farm');
		await plain.getByRole('button', { name: 'Rādīt' }).click();
		await expect(plain).toHaveURL(/kind=farm/);
		await expect(plain.getByRole('heading', { level: 1 })).not.toHaveText(all!);
		await context.close();
	});

	test('the results do not jump when the filter script puts the count into the button', async ({ browser }) => {
		const resultsTop = async (javaScriptEnabled: boolean) => {
			const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
			const page = await context.newPage();
			await page.goto('/lv/razotaji');
			if (javaScriptEnabled) await expect(page.getByRole('button', { name: /^Rādīt rezultātus \(\d+\)$/ })).toBeVisible();
			const button = (await page.locator('.apply-bar button').boundingBox())!;
			const top = (await page.locator('#results').boundingBox())!.y;
			await context.close();
			return { top, buttonHeight: button.height };
		};
		const plain = await resultsTop(false);
		const scripted = await resultsTop(true);
		expect(scripted.top).toBe(plain.top);
		// one line of text: the count fits beside the word
		expect(scripted.buttonHeight).toBeLessThan(60);
	});

	test('the producer page loads no map script until the map is opened', async ({ browser }) => {
		// tall enough that the button needs no scrolling: scrolling to the map opens it by itself
		const context = await browser.newContext({ viewport: { width: 412, height: 3000 } });
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		await page.goto('/lv/razotaji/kalnmuizas');
		await page.waitForLoadState('networkidle');
		expect(scripts.filter((u) => u.includes('leaflet'))).toEqual([]);
		await expect(page.getByRole('img', { name: /kartē/ })).toBeVisible();
		await page.getByRole('button', { name: 'Atvērt interaktīvo karti' }).click();
		await expect(page.locator('.leaflet-container')).toBeVisible();
		expect(scripts.some((u) => u.includes('leaflet'))).toBe(true);
		await context.close();
	});

	test('scrolling to the map opens it', async ({ page }) => {
		await page.goto('/lv/tirdzniecibas-vietas/kalnmuizas-saimniecibas-veikals');
		await expect(page.locator('.leaflet-container')).toHaveCount(0);
		await page.mouse.wheel(0, 300);
		await page.locator('[data-map-box]').scrollIntoViewIfNeeded();
		await expect(page.locator('.leaflet-container')).toBeVisible();
	});

	test('category pictograms are drawn, not emoji; a listing without photos gets a drawn placeholder', async ({ page }) => {
		await page.goto('/lv');
		const categories = page.locator('section[aria-labelledby="categories-h"]');
		await expect(categories.locator('svg').first()).toBeVisible();
		const text = (await page.locator('main').textContent()) ?? '';
		expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
		await expect(page.locator('.producer-card .avatar svg').first()).toBeVisible();
	});
});

test('without JavaScript the map page shows a picture of Latvia with the clusters', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/lv/karte');
	const picture = page.getByRole('img', { name: /Ražotāju izvietojums Latvijā/ });
	await expect(picture).toBeVisible();
	const counts = await picture.locator('text.count').allTextContents();
	expect(counts.length).toBeGreaterThan(3);
	await context.close();
});

test('pages and JSON are compressed, revisits get 304, static files carry the security headers', async ({ request }) => {
	const page = await request.get('/lv/razotaji', { headers: { 'accept-encoding': 'br, gzip' } });
	expect(page.headers()['content-encoding']).toBe('br');
	expect(page.headers()['vary']).toMatch(/Accept-Encoding/);
	const etag = page.headers()['etag'];
	expect(etag).toMatch(/^W\//);
	const again = await request.get('/lv/razotaji', { headers: { 'if-none-match': etag } });
	expect(again.status()).toBe(304);
	const json = await request.get('/api/v1/producers?per_page=50', { headers: { 'accept-encoding': 'gzip' } });
	expect(json.headers()['content-encoding']).toBe('gzip');
	const html = await page.text();
	const island = /src="(\/_app\/immutable\/assets\/island-[^"]+\.js)"/.exec(html)![1];
	const asset = await request.get(island, { headers: { 'accept-encoding': 'br' } });
	expect(asset.headers()['cache-control']).toMatch(/immutable/);
	expect(asset.headers()['x-content-type-options']).toBe('nosniff');
	expect(asset.headers()['x-frame-options']).toBe('DENY');
	expect(asset.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	// "/" picks the language from Accept-Language: caches are told so
	const root = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'ru' } });
	expect(root.headers()['location']).toBe('/ru');
	expect(root.headers()['vary']).toMatch(/Accept-Language/);
	const csp = page.headers()['content-security-policy'];
	expect(csp).not.toContain('unsafe-inline');
	expect(csp).toMatch(/img-src 'self' https:\/\/127\.0\.0\.1:9(;|$)/);
});
