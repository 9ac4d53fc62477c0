import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectAccessible } from '../helpers';

/**
 * The partner's page is served by a small server of its own (another origin: another port). Both are
 * on the loopback address, so Chromium's Local Network Access checks do not get in the way.
 */
let partner: Server;
let partnerUrl = '';
/** The partner page that frames `src`. */
const partnerPage = (src: string) => `${partnerUrl}?src=${encodeURIComponent(src)}`;
test.beforeAll(async () => {
	partner = createServer((req, res) => {
		const framed = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><html lang="en"><title>Partner</title><h1>Partner site</h1><iframe src="${framed}" title="Embedded" width="600" height="700"></iframe>`);
	});
	await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
	partnerUrl = `http://127.0.0.1:${(partner.address() as AddressInfo).port}/`;
});
test.afterAll(() => new Promise<void>((resolve) => partner.close(() => resolve())));

test.describe('widget', () => {
	test('renders inside an iframe on another site, filtered, links open in a new tab', async ({ page, baseURL }) => {
		await page.goto(partnerPage(`${baseURL}/en/logrikis?region=kurzeme&category=medus`));
		const frame = page.frameLocator('iframe');
		await expect(frame.getByRole('heading', { name: 'Local producers' })).toBeVisible();
		const links = frame.locator('ul a[href*="/en/razotaji/"]');
		expect(await links.count()).toBeGreaterThan(0);
		await expect(links.first()).toHaveAttribute('target', '_blank');
		await expect(frame.locator('header.site-header')).toHaveCount(0);
		await expect(frame.getByRole('link', { name: /All producers in the Tuvumā directory/ })).toHaveAttribute('href', /\/en\/razotaji\?category=medus&region=kurzeme/);
	});

	test('only the widget may be framed: frame-ancestors * there, none elsewhere', async ({ request }) => {
		const widget = await request.get('/lv/logrikis');
		expect(widget.headers()['content-security-policy']).toMatch(/frame-ancestors \*(;|$)/);
		for (const path of ['/lv', '/lv/razotaji', '/lv/logrikis/kods', '/en/novadi/kuldigas-novads']) {
			const res = await request.get(path);
			expect(res.headers()['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
		}
	});

	test('a main page refuses to load in another site’s iframe', async ({ page, baseURL }) => {
		const blocked = page.waitForEvent('console', (msg) => /frame-ancestors/.test(msg.text()));
		await page.goto(partnerPage(`${baseURL}/lv/razotaji`));
		await blocked;
		// Chromium shows its own error page in the frame instead of ours
		await expect(page.frameLocator('iframe').locator('main#main')).toHaveCount(0);
	});

	test('the widget page is accessible', async ({ page }) => {
		await page.goto('/lv/logrikis?municipality=kuldigas-novads');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vietējie ražotāji');
		await expectAccessible(page);
	});

	test('the snippet generator works without JavaScript and updates code and preview', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/lv/logrikis/kods');
		await page.getByLabel('Reģions').selectOption('kurzeme');
		await page.locator('#w-category').selectOption('medus');
		await page.locator('#w-lang').selectOption('en');
		await page.getByRole('button', { name: 'Atjaunot priekšskatījumu un kodu' }).click();
		await expect(page).toHaveURL(/\/lv\/logrikis\/kods\?.*region=kurzeme/);
		const code = await page.locator('#snippet').inputValue();
		expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/en\/logrikis\?category=medus&region=kurzeme"/);
		expect(code).toContain('title="Local producers – Tuvumā"');
		await expect(page.locator('section iframe')).toHaveAttribute('src', '/en/logrikis?category=medus&region=kurzeme');
		await context.close();
	});

	test('the snippet generator is accessible and copies the code', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/en/logrikis/kods?municipality=kuldigas-novads');
		// the button works once the page is hydrated; under load that can take a moment
		await expect(async () => {
			await page.getByRole('button', { name: 'Copy the code' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toBeVisible({ timeout: 1000 });
		}).toPass({ timeout: 15_000 });
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/en/logrikis?municipality=kuldigas-novads');
		await expectAccessible(page);
	});
});
