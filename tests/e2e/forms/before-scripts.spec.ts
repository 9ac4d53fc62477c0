import { expect, test, type Page } from '@playwright/test';

// On a slow rural connection people start filling a form before its scripts have arrived. When the
// scripts take over (hydration), nothing they typed, ticked or chose may be reset — a consent box
// unticked behind their back made registrations fail with "consent required".

/** Holds every script of the app until `release` is called, as a slow connection does. */
async function holdScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

/** After the scripts ran: every held script has loaded and the page's effects have settled. */
async function afterHydration(page: Page) {
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })));
}

test('an event registration filled in before the scripts arrive keeps its text, choices and consent, and goes through', async ({ page, request }) => {
	const list = await (await request.get('/lv/pasakumi')).text();
	const path = list.match(/href="(\/lv\/pasakumi\/vebinars-ka-pardot-majrazojumus[^"]*)"/)![1];
	const release = await holdScripts(page);
	await page.goto(path, { waitUntil: 'commit' });
	const name = page.getByLabel('Vārds un uzvārds');
	await name.waitFor();
	await name.fill('Ilze Kalniņa');
	await page.getByLabel('E-pasts').fill(`ilze.${Date.now().toString(36)}@example.lv`);
	await page.getByLabel('Dzimums').selectOption({ index: 1 });
	const chosen = await page.getByLabel('Dzimums').inputValue();
	await page.getByLabel(/Piekrītu/).check();
	release();
	await afterHydration(page);

	await expect(name).toHaveValue('Ilze Kalniņa');
	await expect(page.getByLabel('Dzimums')).toHaveValue(chosen);
	await expect(page.getByLabel(/Piekrītu/)).toBeChecked();
	await page.getByRole('button', { name: 'Pieteikties' }).click();
	await expect(page.getByText(/Gandrīz gatavs: nosūtījām apstiprinājuma saiti/)).toBeVisible({ timeout: 15_000 });
});

test('a suggestion whose categories were ticked before the scripts arrive keeps them', async ({ page }) => {
	const release = await holdScripts(page);
	await page.goto('/lv/ieteikt', { waitUntil: 'commit' });
	const food = page.getByRole('checkbox', { name: 'Pārtika', exact: true });
	await food.waitFor();
	await food.check();
	release();
	await afterHydration(page);
	await expect(food).toBeChecked();
});
