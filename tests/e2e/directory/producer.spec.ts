import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoBrokenImages } from '../helpers';

test.describe('producer page', () => {
	test('shows who they are, products, where to buy, contacts, labels and place', async ({ page }) => {
		await page.goto('/lv/razotaji/kalnmuizas');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Z/S "Kalnmuižas"');
		await expect(page.getByText('Demonstrācijas dati').first()).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Produkti' })).toBeVisible();
		await expect(page.getByText('3,40 € / 400 g')).toBeVisible();
		await expect(page.getByRole('link', { name: '+371 2000 0001' })).toHaveAttribute('href', 'tel:+37120000001');
		await expect(page.getByRole('link', { name: 'kalnmuizas@example.lv' })).toHaveAttribute('href', 'mailto:kalnmuizas@example.lv');
		await expect(page.getByRole('link', { name: /Kalnmuižu" saimniecības veikaliņš/ })).toHaveAttribute('href', '/lv/tirdzniecibas-vietas/kalnmuizas-saimniecibas-veikals');
		await expect(page.getByText(/^(Tagad atvērts, līdz|Slēgts, atver)/).first()).toBeVisible();
		await expect(page.getByText('PVD', { exact: false }).first()).toBeVisible();
		await expect(page.locator('main a[href="/lv/novadi/siguldas-novads"]').first()).toBeVisible();
		await expect(page.locator('main a[href="/lv/regioni/riga"]').first()).toBeVisible();
		await expectNoBrokenImages(page);
	});

	test('has JSON-LD LocalBusiness with offers, Open Graph, canonical and hreflang', async ({ page }) => {
		await page.goto('/lv/razotaji/kalnmuizas');
		const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
		expect(ld['@type']).toBe('LocalBusiness');
		expect(ld.name).toBe('Z/S "Kalnmuižas"');
		expect(ld.makesOffer.length).toBeGreaterThan(2);
		expect(ld.makesOffer[0].itemOffered['@type']).toBe('Product');
		expect(ld.geo.latitude).toBeCloseTo(57.085, 2);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Z/S "Kalnmuižas"');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/lv\/razotaji\/kalnmuizas$/);
		await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute('href', /\/ru\/razotaji\/kalnmuizas$/);
	});

	test('the map shows the marker even when tiles fail, and the page stays usable', async ({ page }) => {
		await page.goto('/lv/razotaji/kalnmuizas');
		// a picture first (issue 14); the interactive map once the person scrolls to it
		const picture = page.getByRole('img', { name: /kartē/ });
		await expect(picture.locator('circle.marker')).toHaveCount(1);
		await page.mouse.wheel(0, 300);
		await page.locator('[data-map-box]').scrollIntoViewIfNeeded();
		const map = page.getByRole('region', { name: /kartē/ });
		await expect(map).toHaveAttribute('data-ready', 'true');
		await expect(map.locator('path.leaflet-interactive')).toHaveCount(1);
		await expect(page.getByRole('link', { name: 'Atvērt OpenStreetMap kartē' })).toHaveAttribute('href', /openstreetmap\.org/);
		await expectAccessible(page);
	});

	test('a home producer who chose municipality precision never shows the address or house', async ({ page }) => {
		const response = await page.goto('/lv/razotaji/vecmaminas-ievarijumi');
		const html = (await response?.text()) ?? '';
		expect(html).not.toContain('Ābeļu iela');
		await expect(page.getByText('Rādīts tikai novada centrs')).toBeVisible();
		const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
		expect(ld.address?.streetAddress).toBeUndefined();
	});

	test('a description missing in English falls back to Latvian, marked as Latvian', async ({ page }) => {
		await page.goto('/en/razotaji/vecmaminas-ievarijumi');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('main [lang="lv"]').first()).toBeVisible();
		await page.goto('/en/razotaji/kalnmuizas');
		await expect(page.getByRole('heading', { name: 'Products' })).toBeVisible();
	});

	test('works without JavaScript', async ({ browser }) => {
		const ctx = await browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto('/lv/razotaji/kalnmuizas');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Z/S "Kalnmuižas"');
		await expect(page.getByRole('link', { name: 'Atvērt OpenStreetMap kartē' })).toBeVisible();
		await ctx.close();
	});

	test('products without a price say so instead of showing nothing', async ({ page }) => {
		await page.goto('/lv/razotaji/kaleja-darbnica-zvirgzdi');
		await expect(page.getByText('Cenu jautājiet ražotājam').first()).toBeVisible();
	});
});
