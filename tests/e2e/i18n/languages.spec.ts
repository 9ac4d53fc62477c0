import { expect, test } from '@playwright/test';

test.describe('languages', () => {
	test('"/" sends a Latvian browser to /lv and a Russian one to /ru', async ({ browser }) => {
		const lv = await browser.newContext({ locale: 'lv-LV' });
		const p1 = await lv.newPage();
		await p1.goto('/');
		await expect(p1).toHaveURL(/\/lv$/);
		await expect(p1.locator('html')).toHaveAttribute('lang', 'lv');
		const ru = await browser.newContext({ locale: 'ru-RU' });
		const p2 = await ru.newPage();
		await p2.goto('/');
		await expect(p2).toHaveURL(/\/ru$/);
		await expect(p2.locator('html')).toHaveAttribute('lang', 'ru');
	});

	for (const [locale, producersWord, navName] of [
		['lv', 'Ražotāji', 'Galvenā navigācija'],
		['en', 'Producers', 'Main navigation'],
		['ro', 'Producători', 'Navigare principală'],
		['ru', 'Производители', 'Основная навигация']
	] as const) {
		test(`${locale}: navigation, <html lang> and hreflang links`, async ({ page }) => {
			await page.goto(`/${locale}/razotaji`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.getByRole('navigation', { name: navName }).getByRole('link', { name: producersWord, exact: true })).toBeVisible();
			for (const l of ['lv', 'en', 'ro', 'ru']) {
				await expect(page.locator(`link[rel="alternate"][hreflang="${l}"]`)).toHaveAttribute('href', new RegExp(`/${l}/razotaji$`));
			}
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}/razotaji$`));
		});
	}

	test('the language switcher keeps the page and its filters', async ({ page }) => {
		await page.goto('/lv/razotaji?sort=newest&page=2');
		await page.getByRole('link', { name: /EN/ }).click();
		await expect(page).toHaveURL(/\/en\/razotaji\?sort=newest&page=2$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});
});

test.describe('errors', () => {
	test('an unknown producer gives a localized 404 page', async ({ page }) => {
		const res = await page.goto('/lv/razotaji/nav-tada-razotaja');
		expect(res?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lapa nav atrasta');
		const en = await page.goto('/en/razotaji/no-such-producer');
		expect(en?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	});

	test('an address no page has keeps the site around the 404: header search and the language', async ({ page }) => {
		const res = await page.goto('/ru/nav-tadas-lapas/vecs-links');
		expect(res?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await expect(page.locator('#header-q')).toBeVisible();
		await expect(page.getByRole('contentinfo')).toBeVisible();
	});

	test('an unknown language prefix is a 404, not a 500', async ({ page }) => {
		const res = await page.goto('/de/razotaji');
		expect(res?.status()).toBe(404);
	});

	for (const query of ['page=-1', 'page=abc', 'page=99999', 'category=nav-tadas', 'region=%00', 'kind=alien', 'sort=%27;drop', 'municipality=x&label=y']) {
		test(`malformed directory parameters (${query}) never give a 500`, async ({ page }) => {
			const res = await page.goto(`/lv/razotaji?${query}`);
			expect(res?.status()).toBeLessThan(500);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		});
	}
});
