import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { newConfirmedUser, PASSWORD } from './signup-helper';

// several pages, a sign-up and mail per test: generous on a busy machine
test.describe.configure({ timeout: 90_000 });

test('the data download holds the account, its consent and sessions', async ({ page }) => {
	const email = await newConfirmedUser(page, 'Datu Pieprasītājs', 'dati');
	await signIn(page, email, PASSWORD);
	await page.goto('/lv/konts');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Lejupielādēt manus datus' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^tuvuma-mani-dati-\d{4}-\d{2}-\d{2}\.json$/);
	const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(data.account.email).toBe(email);
	expect(data.account.name).toBe('Datu Pieprasītājs');
	expect(data.consents[0]).toMatchObject({ kind: 'privacy', locale: 'lv' });
	expect(data.consents[0].textVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	expect(data.sessions.length).toBeGreaterThanOrEqual(1);
	expect(data.mailsSentToYou.some((m: { subject: string }) => /Apstiprini/.test(m.subject))).toBe(true);
	expect(JSON.stringify(data)).not.toMatch(/password|scrypt/i);
});

test('deleting the account needs a confirmation, signs out everywhere and stops sign-in', async ({ browser }) => {
	const first = await (await browser.newContext()).newPage();
	const email = await newConfirmedUser(first, 'Aizejošais', 'dzest');
	await signIn(first, email, PASSWORD);
	const second = await (await browser.newContext()).newPage();
	await signIn(second, email, PASSWORD);

	await first.goto('/lv/konts');
	await expectAccessible(first);
	await first.getByRole('button', { name: 'Dzēst manu kontu' }).click();
	await expect(first.locator('#f-confirm-error')).toBeVisible();
	await first.getByLabel(/Saprotu/).check();
	await first.getByRole('button', { name: 'Dzēst manu kontu' }).click();
	await expect(first).toHaveURL(/\/lv\/ienakt\?konts-dzests/);
	await expect(first.getByRole('status')).toContainText('konts ir dzēsts');

	await second.goto('/lv/konts');
	await expect(second).toHaveURL(/\/lv\/ienakt/);
	const form = first.locator('form[action="?/password"]');
	await form.getByLabel('E-pasts').fill(email);
	await form.getByLabel('Parole').fill(PASSWORD);
	await form.getByRole('button', { name: 'Ienākt' }).click();
	await expect(first.getByRole('alert')).toHaveText('E-pasts vai parole nav pareiza.');
});

test('the privacy page exists in all four languages and is linked from the footer and sign-up', async ({ page }) => {
	for (const [lang, title] of [['lv', 'Privātums'], ['en', 'Privacy'], ['ro', 'Confidențialitate'], ['ru', 'Конфиденциальность']]) {
		await page.goto(`/${lang}/privatums`);
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(page.locator('footer').getByRole('link', { name: title })).toHaveAttribute('href', `/${lang}/privatums`);
		await expectAccessible(page);
	}
	await page.goto('/lv/registreties');
	await expect(page.locator('main').getByRole('link', { name: 'Privātums' })).toHaveAttribute('href', '/lv/privatums');
});
