import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-parole-2026';

export const DEMO = {
	admin: 'admin@demo.tuvuma.lv',
	moderator: 'moderators@demo.tuvuma.lv',
	territoryEditor: 'lielupe@demo.tuvuma.lv',
	producer: 'kalnmuiza@demo.tuvuma.lv',
	member: 'biedrs@demo.tuvuma.lv'
} as const;

/** Signs in through the real form at /{lang}/ienakt and waits until the account menu shows it worked. */
export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD, lang = 'lv'): Promise<void> {
	await page.goto(`/${lang}/ienakt`);
	const form = page.locator('form[action="?/password"]');
	await form.getByLabel(/e-pasts|e-mail|эл\. почта/i).fill(email);
	await form.getByLabel(/parole|password|parolă|пароль/i).fill(password);
	await form.getByRole('button').click();
	await expectSignedIn(page);
}

/** Signed in: the header offers the account (in the bar on wide screens, inside the menu on phones). */
export async function expectSignedIn(page: Page): Promise<void> {
	await expect(page.locator('nav.account a[href$="/konts"]:visible, nav.menu-account a[href$="/konts"]').first()).toBeAttached();
	await expect(page).not.toHaveURL(/\/ienakt/);
}

/** Signs out with the header's sign-out form. */
export async function signOut(page: Page): Promise<void> {
	await page.locator('nav.account form button').click();
	await expect(page.locator('nav.account a[href*="/ienakt"]')).toBeVisible();
}
