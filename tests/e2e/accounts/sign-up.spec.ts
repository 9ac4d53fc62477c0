import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { waitForMail } from '../support/mailbox';
import { signIn, signOut } from '../support/auth';

// several pages, a sign-up and mail per test: generous on a busy machine
test.describe.configure({ timeout: 90_000 });

const unique = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.lv`;

test('sign up, confirm the address from the mail that arrived over SMTP, sign in and out', async ({ page }) => {
	const email = unique('jauns');
	await page.goto('/lv/registreties');
	await expectAccessible(page);
	await page.getByLabel('Vārds').fill('Jānis Testētājs');
	await page.getByLabel('E-pasts').fill(email);
	await page.getByLabel('Jaunā parole').fill('laba-parole-123');
	await page.getByLabel(/Piekrītu/).check();
	await page.getByRole('button', { name: 'Izveidot kontu' }).click();
	await expect(page.getByRole('status')).toContainText(email);

	const mail = await waitForMail(email, { subject: /Apstipriniet e-pastu/ });
	const link = mail.links.find((l) => l.includes('/lv/registreties/apstiprinat'));
	expect(link).toBeTruthy();
	await page.goto(link!);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Apstiprināt e-pastu' }).click();
	await expect(page.getByRole('status')).toContainText('apstiprināta');

	await signIn(page, email, 'laba-parole-123');
	await page.goto('/lv/konts');
	await expect(page.getByText(email)).toBeVisible();
	await expectAccessible(page);
	await signOut(page);
	await page.goto('/lv/konts');
	await expect(page).toHaveURL(/\/lv\/ienakt\?next=%2Flv%2Fkonts/);
});

test('sign-up form keeps what was typed and names each problem next to its field', async ({ page }) => {
	await page.goto('/lv/registreties');
	await page.getByLabel('Vārds').fill('Anna');
	await page.getByLabel('E-pasts').fill('nav-adrese');
	await page.getByLabel('Jaunā parole').fill('īsa');
	await page.getByRole('button', { name: 'Izveidot kontu' }).click();
	await expect(page.getByLabel('Vārds')).toHaveValue('Anna');
	await expect(page.getByLabel('E-pasts')).toHaveValue('nav-adrese');
	await expect(page.getByLabel('E-pasts')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#f-password-error')).toBeVisible();
	await expect(page.locator('#f-consent-error')).toBeVisible();
	await expectAccessible(page);
});

test('the sign-in page is accessible and sends the visitor back where they came from, never off-site', async ({ page }) => {
	await page.goto('/lv/ienakt?next=%2Flv%2Frazotaji%3Fq%3Dmedus');
	await expectAccessible(page);
	const form = page.locator('form[action="?/password"]');
	await form.getByLabel('E-pasts').fill('biedrs@demo.tuvuma.lv');
	await form.getByLabel('Parole').fill('demo-parole-2026');
	await form.getByRole('button', { name: 'Ienākt' }).click();
	await expect(page).toHaveURL(/\/lv\/razotaji\?q=medus$/);
	await page.goto('/lv/ienakt?next=https%3A%2F%2Fevil.example%2F');
	await expect(page).toHaveURL(/\/lv\/konts$/);
});
