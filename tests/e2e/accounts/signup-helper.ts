import { expect, type Page } from '@playwright/test';
import { waitForMail } from '../support/mailbox';

export const PASSWORD = 'laba-parole-123';
export const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.lv`;

/** A confirmed account made through the real sign-up and the mailed confirmation link. */
export async function newConfirmedUser(page: Page, name: string, tag = 'lietotajs', email = uniqueEmail(tag)): Promise<string> {
	await page.goto('/lv/registreties');
	await page.getByLabel('Vārds').fill(name);
	await page.getByLabel('E-pasts').fill(email);
	await page.getByLabel('Jaunā parole').fill(PASSWORD);
	await page.getByLabel(/Piekrītu/).check();
	await page.getByRole('button', { name: 'Izveidot kontu' }).click();
	// scrypt hashing on a busy test machine can take a while
	await expect(page.getByRole('status')).toBeVisible({ timeout: 20_000 });
	const mail = await waitForMail(email, { subject: /Apstiprini/ });
	await page.goto(mail.links.find((l) => l.includes('apstiprinat'))!);
	await page.getByRole('button', { name: 'Apstiprināt e-pastu' }).click();
	await expect(page.getByRole('status')).toBeVisible();
	return email;
}
