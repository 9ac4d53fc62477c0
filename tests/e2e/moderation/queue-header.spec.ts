import { expect, test } from '@playwright/test';
import { createListing, newVerifiedUser, signedIn, unique, uniqueEmail } from '../producers/flow';

test('a moderator sees how many items wait beside the header’s moderation link, and reject is not styled as the primary action', async ({ browser }) => {
	test.setTimeout(150_000);
	// the queue may have been emptied by other specs: this one brings its own waiting listing
	const owner = await newVerifiedUser(browser, uniqueEmail('rinda'));
	const producer = unique('Rindas sēta');
	await createListing(owner, { name: producer, email: uniqueEmail('rindas-seta') });

	const page = await signedIn(browser, 'moderators@demo.tuvuma.lv');
	await page.goto('/lv/moderacija');
	const waiting = Number(/Pārbaudi gaida (\d+)/.exec(await page.getByRole('main').getByText(/^Pārbaudi gaida \d+ ierakst/).innerText({ timeout: 10_000 }))![1]);
	expect(waiting).toBeGreaterThan(0);
	// the header's count comes from the same page load as the queue's
	const link = page.getByRole('navigation', { name: 'Konts' }).getByRole('link', { name: /^Moderācija/ });
	await expect(link.locator('.badge')).toHaveText(waiting > 99 ? '99+' : String(waiting));
	await expect(link).toContainText(`Pārbaudi gaida ${waiting}`);

	// the item's review page: approve is the filled button, reject an outlined one of another colour
	await page.getByRole('link', { name: producer, exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: producer })).toBeVisible();
	const approve = page.getByRole('button', { name: 'Apstiprināt un publicēt' });
	const reject = page.getByRole('button', { name: 'Noraidīt' });
	const look = (b: typeof approve) => b.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, color: getComputedStyle(el).color }));
	const [a, r] = await Promise.all([look(approve), look(reject)]);
	expect(r.background).not.toBe(a.background);
	expect(r.color).not.toBe(a.color);
});
