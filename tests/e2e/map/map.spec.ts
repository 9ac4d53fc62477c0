import { expect, test, type Page, type Response } from '@playwright/test';
import { expectAccessible } from '../helpers';

/** The number in a heading such as "Kartes skatā 160 ražotāju" or "160 ražotāji". */
async function headingCount(page: Page, level: 1 | 2 = 2): Promise<number> {
	const text = (await page.locator('main').getByRole('heading', { level }).filter({ hasText: /\d/ }).first().textContent()) ?? '';
	return Number(/\d+/.exec(text)?.[0]);
}

const isData = (r: Response) => r.url().includes('/karte/dati?') && r.request().method() === 'GET';
const zoomOf = (r: Response) => Number(new URL(r.url()).searchParams.get('zoom'));
const clusters = (page: Page) => page.locator('.leaflet-marker-pane .tv-cluster');
const points = (page: Page) => page.locator('.leaflet-marker-pane .tv-point');

/** Opens the map and waits for its first data answer and the markers drawn from it. */
async function openMap(page: Page, query = ''): Promise<Response> {
	const first = page.waitForResponse(isData);
	await page.goto(`/lv/karte${query}`);
	const response = await first;
	expect(response.status()).toBe(200);
	await expect(clusters(page).first()).toBeVisible();
	await expect(page.locator('main').getByRole('heading', { level: 2, name: /Kartes skatā/ })).toBeVisible();
	return response;
}

async function markerSum(page: Page): Promise<number> {
	const counts = (await clusters(page).allTextContents()).map(Number);
	return counts.reduce((a, b) => a + b, 0) + (await points(page).count());
}

test.describe('map', () => {
	test('shows clusters with counts over failed tiles, and the list of the view', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await openMap(page);
		expect(await clusters(page).count()).toBeGreaterThan(3);
		for (const text of await clusters(page).allTextContents()) expect(Number(text)).toBeGreaterThan(1);
		// every marker is a labelled button; clusters say how many producers they hold
		const label = await clusters(page).first().getAttribute('aria-label');
		expect(label).toMatch(/^\d+ ražotāj(s|i|u) šajā vietā – tuvināt$/);
		await expect(points(page).first()).toHaveAttribute('aria-label', /^Ražotājs: /);
		await expect(clusters(page).first()).toHaveAttribute('tabindex', '0');
		// the whole filtered directory is in the first view: markers, heading and directory agree
		const inView = await headingCount(page);
		expect(await markerSum(page)).toBe(inView);
		expect(inView).toBeGreaterThanOrEqual(150);
		await expect(page.locator('main section article h3 a')).toHaveCount(24);
		await expect(page.getByText('Rādīti pirmie 24 pēc alfabēta')).toBeVisible();
		// the tile server is unreachable here: the page says so, and everything else works
		await expect(page.getByRole('status').filter({ hasText: 'Kartes fons neielādējās' })).toBeVisible();
		expect(await page.locator('img.leaflet-tile-loaded').count()).toBe(0);
		expect(errors).toEqual([]);
		await expectAccessible(page);
	});

	test('a click on a cluster zooms into it and the list follows the map', async ({ page }) => {
		const first = await openMap(page);
		const before = await headingCount(page);
		const firstNames = await page.locator('main section article h3 a').allTextContents();
		const counts = (await clusters(page).allTextContents()).map(Number);
		const biggest = Math.max(...counts);
		const next = page.waitForResponse(isData);
		await clusters(page).nth(counts.indexOf(biggest)).click();
		const after = await next;
		expect(zoomOf(after)).toBeGreaterThan(zoomOf(first));
		await expect.poll(() => headingCount(page)).toBeLessThan(before);
		const inView = await headingCount(page);
		expect(inView).toBeGreaterThanOrEqual(biggest);
		await expect.poll(() => markerSum(page)).toBe(inView);
		expect(await page.locator('main section article h3 a').allTextContents()).not.toEqual(firstNames);
	});

	test('clusters work from the keyboard, single points open a link to the producer', async ({ page }) => {
		const first = await openMap(page);
		const next = page.waitForResponse(isData);
		await clusters(page).first().focus();
		await page.keyboard.press('Enter');
		expect(zoomOf(await next)).toBeGreaterThan(zoomOf(first));
		await expect(points(page).first()).toBeVisible();
		const point = points(page).first();
		const name = (await point.getAttribute('aria-label'))!.replace(/^Ražotājs: /, '');
		await point.focus();
		await page.keyboard.press('Enter');
		const link = page.locator('.leaflet-popup-content a');
		await expect(link).toHaveText(name);
		await expect(link).toBeFocused();
		await expect(link).toHaveAttribute('href', /^\/lv\/razotaji\/[a-z0-9-]+$/);
		await expect(page.locator('.leaflet-popup-close-button')).toHaveAttribute('aria-label', 'Aizvērt');
		await expectAccessible(page);
	});

	test('the category filter narrows markers and list to the same producers as the directory', async ({ page }) => {
		await openMap(page);
		const all = await headingCount(page);
		await page.getByLabel('Kategorija').selectOption('medus');
		const next = page.waitForResponse((r) => isData(r) && r.url().includes('category=medus'));
		await page.getByRole('button', { name: 'Rādīt kartē' }).click();
		await page.waitForURL(/\/lv\/karte\?category=medus$/);
		await next;
		await expect.poll(() => headingCount(page)).toBeLessThan(all);
		const honey = await headingCount(page);
		await expect.poll(() => markerSum(page)).toBe(honey);
		await page.goto('/lv/razotaji?category=medus');
		expect(await headingCount(page, 1)).toBe(honey);
	});

	test('without JavaScript: a note, the filtered list with pages, and a working filter form', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/lv/karte');
		await expect(page.getByText('Kartei vajadzīgs JavaScript')).toBeVisible();
		expect(await page.locator('.leaflet-container').count()).toBe(0);
		const total = await headingCount(page);
		expect(total).toBeGreaterThanOrEqual(150);
		await expect(page.locator('main section article h3 a')).toHaveCount(24);
		await page.getByRole('navigation', { name: 'Lapas' }).getByRole('link', { name: /Nākamā/ }).click();
		await expect(page).toHaveURL(/\/lv\/karte\?page=2$/);
		await expect(page.locator('main section article h3 a')).toHaveCount(24);
		await page.getByLabel('Kategorija').selectOption('medus');
		await page.getByRole('button', { name: 'Rādīt kartē' }).click();
		await expect(page).toHaveURL(/\/lv\/karte\?category=medus/);
		expect(await headingCount(page)).toBeLessThan(total);
		await context.close();
	});

	test('the page without its scripts (server-rendered list and note) has no serious axe violations', async ({ page }) => {
		// axe needs JavaScript in the page, so the app's own scripts are blocked instead
		await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.goto('/lv/karte?region=vidzeme');
		await expect(page.getByText('Kartei vajadzīgs JavaScript')).toBeVisible();
		await expect(page.locator('main section article h3 a').first()).toBeVisible();
		await expectAccessible(page);
	});

	test('speaks the page language: labels, counts and links', async ({ page }) => {
		const first = page.waitForResponse(isData);
		await page.goto('/ru/karte');
		await first;
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Карта производителей');
		await expect(clusters(page).first()).toHaveAttribute('aria-label', /^\d+ производител(ь|я|ей) здесь – приблизить$/);
		await expect(page.locator('main').getByRole('heading', { level: 2, name: /^В области карты \d+ производител/ })).toBeVisible();
		await expect(page.locator('main section article h3 a').first()).toHaveAttribute('href', /^\/ru\/razotaji\//);
		await expect(page.getByRole('button', { name: 'Приблизить', exact: true })).toBeVisible();
	});

	test('the data endpoint answers bad parameters with a 400 problem, never a 500', async ({ request }) => {
		for (const query of ['', 'bbox=20,55,29,59', 'zoom=7', 'bbox=1,2,3&zoom=7', 'bbox=a,b,c,d&zoom=7', 'bbox=29,55,20,59&zoom=7', 'bbox=20,55,29,59&zoom=99', 'bbox=20,55,29,59&zoom=-1', `bbox=${'9'.repeat(5000)}&zoom=7`]) {
			const res = await request.get(`/lv/karte/dati?${query}`);
			expect(res.status(), query).toBe(400);
			expect(res.headers()['content-type']).toContain('application/problem+json');
			expect(await res.json()).toMatchObject({ status: 400, title: 'Bad Request' });
		}
		// a filter naming nothing is left out and said so; a control character is the sender's mistake (400)
		const ok = await request.get("/en/karte/dati?bbox=20,55,29,59&zoom=7&category=no-such&municipality=nav-tada'");
		expect(ok.status()).toBe(200);
		expect((await ok.json()).ignored).toEqual(['no-such', "nav-tada'"]);
		const nul = await request.get('/en/karte/dati?bbox=20,55,29,59&zoom=7&municipality=%00%27');
		expect(nul.status()).toBe(400);
	});
});
