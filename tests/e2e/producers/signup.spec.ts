import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { approveInQueue, createListing, newVerifiedUser, publicLinkOf, signedIn, unique, uniqueEmail } from './flow';

test.describe('producer sign-up', () => {
	test.setTimeout(120_000);

	test('a new producer creates a listing; it is public only after a moderator approves it', async ({ page, browser }) => {
		await page.goto('/lv/razotajiem');
		await expect(page.getByRole('heading', { level: 1, name: 'Ražotājiem' })).toBeVisible();
		await expectAccessible(page);

		const owner = await newVerifiedUser(browser, uniqueEmail('jauns'));
		// bad input: localized errors next to the fields, what was typed stays
		await owner.goto('/lv/razotajiem/jauns');
		await expectAccessible(owner);
		await owner.getByLabel(/^Nosaukums/).fill('Rudzu klēts');
		await owner.getByLabel('Tālrunis').fill('nav numurs');
		await owner.getByRole('button', { name: 'Saglabāt un nosūtīt pārbaudei' }).click();
		await expect(owner.getByRole('alert')).toBeVisible();
		await expect(owner.getByLabel(/^Nosaukums/)).toHaveValue('Rudzu klēts');
		await expect(owner.getByLabel('Tālrunis')).toHaveAttribute('aria-invalid', 'true');
		await expect(owner.getByLabel('Novads', { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await expectAccessible(owner);

		const name = unique('Rudzu klēts');
		const dashboard = await createListing(owner, { name, email: uniqueEmail('klets') });
		// a new listing waits with all its fields: one note names them, not one note per field
		await expect(owner.getByRole('note')).toHaveCount(1);
		await expect(owner.getByRole('note')).toContainText('Moderators vēl nav pārbaudījis šīs');
		await expect(owner.getByRole('note').getByRole('link', { name: 'Nosaukums' })).toBeVisible();
		await expect(owner.getByText('Gaida pārbaudi').first()).toBeVisible();
		await owner.goto('/lv/mans');
		await expect(owner.getByRole('link', { name })).toBeVisible();
		await expectAccessible(owner);

		const moderator = await signedIn(browser, 'moderators@demo.tuvuma.lv');
		await approveInQueue(moderator, name);

		const href = await publicLinkOf(owner, dashboard);
		await page.goto(href);
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	});
});
