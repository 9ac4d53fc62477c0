import { expect, test } from '@playwright/test';
import { DEMO, signIn } from '../support/auth';

const PAGE = '/lv/razotaji/kalnmuizas';
const fromCache = (response: { headers(): Record<string, string> }) => /cache hit/.test(response.headers()['server-timing'] ?? '');

// the shared response cache (hooks/response-cache.ts, decision 016): a repeated public page is sent
// as it was, and an owner's change shows to the next visitor at once
test('a visitor gets a repeated page from the shared cache; the owner’s new price reaches the next visitor at once', async ({ browser, page }) => {
	const visitor = await browser.newContext();
	expect((await visitor.request.get(PAGE)).status()).toBe(200);
	// other tests write all the time, and every write starts a new generation: ask until two requests fall in one
	await expect.poll(async () => fromCache(await visitor.request.get(PAGE)), { timeout: 20_000, intervals: [50] }).toBe(true);

	await signIn(page, DEMO.producer);
	const signedIn = await page.request.get(PAGE);
	expect(fromCache(signedIn)).toBe(false);
	await page.goto('/lv/mans');
	await page.getByRole('link', { name: 'Z/S "Kalnmuižas"' }).first().click();
	await page.getByRole('link', { name: 'Produkti' }).click();
	const cents = String(10 + Math.floor(Math.random() * 90));
	const card = page.locator('li.card', { has: page.getByRole('button', { name: 'Saglabāt “Kartupeļi”' }) });
	await card.getByLabel('Cena, €').fill(`1,${cents}`);
	await card.getByRole('button', { name: 'Saglabāt “Kartupeļi”' }).click();
	await expect(page.getByText('Saglabāts — jau redzams publiski')).toBeVisible();

	const after = await visitor.request.get(PAGE);
	expect(fromCache(after)).toBe(false);
	expect(await after.text()).toContain(`1,${cents}`);
	await visitor.close();
});
