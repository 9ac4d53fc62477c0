import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { mailsTo, waitForMail } from '../support/mailbox';
import { addOwnSalesPoint, approveInQueue, createListing, newVerifiedUser, publicLinkOf, signedIn, unique, uniqueEmail } from './flow';

test('a new producer, its product and its farm gate are one review and one e-mail', async ({ browser }) => {
	test.setTimeout(180_000);
	const ownerEmail = uniqueEmail('viens');
	const owner = await newVerifiedUser(browser, ownerEmail);
	const name = unique('Kazu kalns');
	const product = unique('Kazu siers');
	const point = unique('Kazu kalna vārti');
	const dashboard = await createListing(owner, { name, email: uniqueEmail('kazas') });

	await owner.goto(`${dashboard}/produkti`);
	await owner.waitForLoadState('networkidle');
	await owner.getByLabel('Produkta nosaukums').fill(product);
	await owner.getByLabel('Kategorija').selectOption({ index: 1 });
	await owner.getByLabel('Cena, €').fill('5,80');
	await owner.getByRole('button', { name: 'Pievienot produktu' }).last().click();
	await expect(owner.getByText('Produkts saglabāts un gaida pārbaudi')).toBeVisible();
	await addOwnSalesPoint(owner, dashboard, point);

	// the queue has the producer, not its product and point as separate items
	const moderator = await signedIn(browser, 'moderators@demo.tuvuma.lv');
	await moderator.goto('/lv/moderacija');
	await expect(moderator.getByRole('link', { name, exact: true })).toHaveCount(1);
	await expect(moderator.getByRole('link', { name: product, exact: true })).toHaveCount(0);
	await expect(moderator.getByRole('link', { name: point, exact: true })).toHaveCount(0);
	await moderator.getByRole('link', { name, exact: true }).click();
	const parts = moderator.getByRole('region', { name: 'Izskatāms kopā ar šo ierakstu (2)' });
	await expect(parts.getByRole('heading', { name: `Produkts: ${product}` })).toBeVisible();
	await expect(parts.getByRole('heading', { name: new RegExp(`: ${point}$`) })).toBeVisible();
	await expect(parts.getByRole('row', { name: /Cena/ }).first()).toContainText('5,80');
	await expectAccessible(moderator);

	await approveInQueue(moderator, name);
	const mail = await waitForMail(ownerEmail, { subject: new RegExp(name) });
	expect(mail.text).toContain(`Kopā ar to publicēti arī: “${product}” un “${point}”.`);
	// give a stray second mail the time the outbox needs to send it
	await owner.waitForTimeout(3000);
	expect(mailsTo(ownerEmail).filter((m) => !/Apstipriniet e-pastu/.test(m.subject))).toHaveLength(1);

	await owner.goto(await publicLinkOf(owner, dashboard));
	await expect(owner.getByText(product)).toBeVisible();
	await expect(owner.getByText(point)).toBeVisible();
});
