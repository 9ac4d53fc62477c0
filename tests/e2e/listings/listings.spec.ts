import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';

test.describe('organisations, places, sales points and territories', () => {
	test('Lauku partnerība "Lielupe" shows its structured office hours the Latvian way', async ({ page }) => {
		await page.goto('/lv/organizacijas');
		await page.getByRole('link', { name: /Lielupe/ }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Lielupe');
		await expect(page.getByText('Lielā iela 5/7, 6. stāvs').first()).toBeVisible();
		await expect(page.getByText('P., T.')).toBeVisible();
		await expect(page.getByText('9:00–12:00')).toBeVisible();
		await expect(page.getByText('O., C.')).toBeVisible();
		await expect(page.getByText('15:00–17:00')).toBeVisible();
		await expect(page.locator('main a[href="/lv/novadi/jelgavas-novads"]').first()).toBeVisible();
		await expectAccessible(page);
		await page.goto(page.url().replace('/lv/', '/en/'));
		await expect(page.getByText('Mon, Wed')).toBeVisible();
	});

	test('a sales point lists the producers who sell there', async ({ page }) => {
		await page.goto('/lv/tirdzniecibas-vietas/siguldas-zemnieku-tirdzins');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siguldas zemnieku tirdziņš');
		await expect(page.locator('main a[href="/lv/razotaji/kalnmuizas"]').first()).toBeVisible();
		await expect(page.getByText('S. 8:00–13:00').or(page.getByText('8:00–13:00')).first()).toBeVisible();
	});

	test('coworking spaces show amenities and who runs them', async ({ page }) => {
		await page.goto('/lv/vietas');
		await expect(page.getByRole('link', { name: /CoLabora Lielvārde/ })).toBeVisible();
		await page.getByRole('link', { name: /Biznesa vēstniecība/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Biznesa vēstniecība');
		await expect(page.getByText('Tīraine').first()).toBeVisible();
	});

	test('municipality page: producers, historical names; an old novads redirects to the new one', async ({ page }) => {
		await page.goto('/lv/novadi/ozolnieku-novads');
		await expect(page).toHaveURL(/\/lv\/novadi\/jelgavas-novads$/);
		await expect(page.getByText('Ozolnieku novads').first()).toBeVisible();
		await expect(page.locator('main a[href="/lv/razotaji/ozolkalna-kazas"]').first()).toBeVisible();
		await expectAccessible(page);
	});

	test('all 42 municipalities grouped by the five regions', async ({ page }) => {
		await page.goto('/lv/novadi');
		const latvia = page.locator('main .regions').first();
		expect(await latvia.locator('a[href^="/lv/novadi/"]').count()).toBe(42);
		await expect(latvia.locator('a[href^="/lv/regioni/"]')).toHaveCount(5);
		// Moldova follows: its three development regions with their raioane and Bălți, then Chișinău,
		// Bender and Găgăuzia under the country's name — all 36 units (issue 19)
		const moldova = page.locator('main .regions').nth(1);
		await expect(moldova.locator('a[href^="/lv/regioni/"]')).toHaveCount(3);
		expect(await moldova.locator('a[href^="/lv/novadi/"]').count()).toBe(36);
		for (const unit of ['kisineva', 'bender', 'gagauzija']) await expect(moldova.locator(`a[href="/lv/novadi/${unit}"]`).first()).toBeVisible();
	});

	test('region page aggregates its municipalities', async ({ page }) => {
		await page.goto('/lv/regioni/zemgale');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Zemgale');
		await expect(page.locator('main a[href="/lv/novadi/bauskas-novads"]').first()).toBeVisible();
	});
});
