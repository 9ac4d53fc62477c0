import { expect, test } from '@playwright/test';
import { signInSettled as signIn } from './flow';

test('a moderator sees how many items wait beside the header’s moderation link, and reject is not styled as the primary action', async ({ page }) => {
	test.setTimeout(90_000);
	await signIn(page, 'moderators@demo.tuvuma.lv');
	await page.goto('/lv/moderacija');
	const waiting = Number(/Pārbaudi gaida (\d+)/.exec(await page.getByRole('main').getByText(/^Pārbaudi gaida \d+ ierakst/).innerText())![1]);
	expect(waiting).toBeGreaterThan(0);
	const link = page.getByRole('navigation', { name: 'Konts' }).getByRole('link', { name: /^Moderācija/ });
	await expect(link.locator('.badge')).toHaveText(waiting > 99 ? '99+' : String(waiting));
	await expect(link).toContainText(`Pārbaudi gaida ${waiting}`);

	// an item's review page: approve is the filled button, reject an outlined one of another colour
	await page.getByRole('main').locator('a[href*="/moderacija/labojumi/"]').first().click();
	const approve = page.getByRole('button', { name: 'Apstiprināt un publicēt' });
	const reject = page.getByRole('button', { name: 'Noraidīt' });
	const look = (b: typeof approve) => b.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, color: getComputedStyle(el).color }));
	const [a, r] = await Promise.all([look(approve), look(reject)]);
	expect(r.background).not.toBe(a.background);
	expect(r.color).not.toBe(a.color);
});
