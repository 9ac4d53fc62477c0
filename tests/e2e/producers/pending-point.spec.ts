import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { addOwnSalesPoint, approveInQueue, createListing, newVerifiedUser, signedIn, unique, uniqueEmail } from './flow';

test.describe('a new sales point with its hours', () => {
	test.setTimeout(180_000);

	test('the owner adds a point and its hours; the moderator reviews one thing and approves it', async ({ browser }) => {
		const owner = await newVerifiedUser(browser, uniqueEmail('vieta'));
		const producer = unique('Medus sēta');
		const dashboard = await createListing(owner, { name: producer, email: uniqueEmail('seta') });
		const moderator = await signedIn(browser, 'moderators@demo.tuvuma.lv');
		await approveInQueue(moderator, producer);

		const point = unique('Sētas galds');
		await addOwnSalesPoint(owner, dashboard, point);
		// the add form is emptied once saved: a second press cannot add the point twice
		await expect(owner.getByLabel(/Vietas nosaukums/)).toHaveValue('');
		await expect(owner.getByLabel('Kas tas ir')).toHaveValue('');
		await expect(owner.getByRole('heading', { name: point })).toHaveCount(1);

		// the page invites to fill in the hours under the new point
		const card = owner.locator('li.card', { has: owner.getByRole('heading', { name: point }) });
		await card.getByLabel('sestdien: atver').fill('10:00');
		await card.getByLabel('sestdien: slēdz').fill('14:00');
		await card.getByRole('button', { name: `Saglabāt “${point}” darba laiku` }).click();
		// not "already visible": the point itself still waits
		await expect(card.getByRole('status')).toHaveText('Saglabāts. Izmaiņas būs redzamas, kad moderators tās apstiprinās.');
		await expectAccessible(owner);

		await moderator.goto('/lv/moderacija');
		await expect(moderator.getByRole('link', { name: point, exact: true })).toHaveCount(1);
		await moderator.getByRole('link', { name: point, exact: true }).click();
		await expect(moderator.getByText('Kopš šī labojuma iesniegšanas')).toHaveCount(0);
		const hoursRow = moderator.getByRole('row', { name: /Darba laiks/ });
		await expect(hoursRow).toContainText('10:00');
		// fields nobody filled in are not marked as changed
		await expect(moderator.getByRole('row', { name: /Tālrunis/ })).not.toContainText('mainīts');
		await expectAccessible(moderator);
		await moderator.getByRole('button', { name: 'Apstiprināt un publicēt' }).click();
		await expect(moderator).toHaveURL(/\/lv\/moderacija(\?|$)/);

		await owner.goto(`${dashboard}/vietas`);
		await owner.getByRole('link', { name: point }).click();
		await expect(owner.getByRole('heading', { level: 1, name: point })).toBeVisible();
		await expect(owner.getByText('10:00–14:00')).toBeVisible();
	});
});
