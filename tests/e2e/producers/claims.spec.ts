import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { waitForMail } from '../support/mailbox';
import { approveInQueue, createListing, newVerifiedUser, publicLinkOf, signedIn, unique, uniqueEmail } from './flow';

test.describe('claiming a listing', () => {
	test.setTimeout(180_000);

	test('claim → approve on the claims tab → the owner edits: price at once, description after review', async ({ browser }) => {
		// a published listing of our own, so no other spec's data is touched
		const founder = await newVerifiedUser(browser, uniqueEmail('dibinatajs'));
		const name = unique('Kazu siers');
		const listingEmail = uniqueEmail('siers');
		const dashboard = await createListing(founder, { name, email: listingEmail, description: 'Kazu siers no Siguldas pļavām.' });
		await founder.goto(`${dashboard}/produkti`);
		await founder.getByLabel('Produkta nosaukums').fill('Svaigais kazu siers');
		await founder.getByLabel('Kategorija').selectOption({ index: 1 });
		await founder.getByLabel('Cena, €').fill('4,20');
		await founder.getByRole('button', { name: 'Pievienot produktu' }).last().click();
		await expect(founder.getByText('Produkts saglabāts un gaida pārbaudi')).toBeVisible();
		const moderator = await signedIn(browser, 'moderators@demo.tuvuma.lv');
		// the product added while the listing waited is part of its one review
		await approveInQueue(moderator, name);
		const href = await publicLinkOf(founder, dashboard);
		await founder.goto(href);
		await expect(founder.getByText('Svaigais kazu siers')).toBeVisible();

		// someone else claims it: waits for a moderator
		const claimantEmail = uniqueEmail('pieteicejs');
		const claimant = await newVerifiedUser(browser, claimantEmail, 'Ilze Pieteicēja');
		await claimant.goto(href);
		await expect(claimant.getByRole('heading', { name: 'Vai šis ir jūsu uzņēmums?' })).toBeVisible();
		await claimant.getByLabel('Ziņa moderatoram (nav obligāta)').fill('Esmu saimniece, zvaniet +371 20000999.');
		await claimant.getByRole('button', { name: 'Pieteikt kā savu' }).click();
		await expect(claimant.getByText('Moderators pārbaudīs pieteikumu')).toBeVisible();
		await expectAccessible(claimant);

		await moderator.goto('/lv/moderacija/pieteikumi');
		await expect(moderator.getByRole('heading', { level: 1, name: 'Īpašnieku pieteikumi' })).toBeVisible();
		await expectAccessible(moderator);
		await moderator.getByRole('button', { name: `Apstiprināt “${name}” pieteikumu` }).click();
		await expect(moderator.getByText('Lēmums saglabāts')).toBeVisible();
		const mail = await waitForMail(claimantEmail, { subject: /Tagad jūs pārvaldāt/ });
		expect(mail.text).toContain(name);

		// the new owner: price is direct, the description waits for review
		await claimant.goto('/lv/mans');
		await claimant.getByRole('link', { name }).click();
		await expectAccessible(claimant);
		await claimant.getByRole('link', { name: 'Produkti' }).click();
		await claimant.getByLabel('Cena, €').first().fill('5,75');
		await claimant.getByRole('button', { name: 'Saglabāt “Svaigais kazu siers”' }).click();
		await expect(claimant.getByText('Saglabāts — jau redzams publiski')).toBeVisible();
		await expectAccessible(claimant);
		const visitor = await (await browser.newContext()).newPage();
		await visitor.goto(href);
		await expect(visitor.getByText('5,75 €')).toBeVisible();

		await claimant.getByRole('link', { name: 'Apraksts un foto' }).click();
		await claimant.getByRole('textbox', { name: 'Apraksts' }).fill('Kazu siers un kazu piens no Siguldas pļavām.');
		await claimant.getByRole('button', { name: 'Saglabāt aprakstu' }).click();
		await expect(claimant.getByText('Izmaiņas būs redzamas, kad moderators tās apstiprinās')).toBeVisible();
		// one note for the form, naming the field that waits, with a link to it
		const waiting = claimant.getByRole('note');
		await expect(waiting).toContainText('Moderators vēl nav pārbaudījis šo izmaiņu');
		await expect(waiting.getByRole('link')).toHaveText(['Apraksts']);
		await visitor.reload();
		await expect(visitor.getByText('Kazu siers no Siguldas pļavām.')).toBeVisible();
		await approveInQueue(moderator, name);
		await visitor.reload();
		await expect(visitor.getByText('Kazu siers un kazu piens no Siguldas pļavām.')).toBeVisible();
	});

	test('a verified e-mail equal to the listing e-mail is approved at once; a refused claim gets a reason', async ({ browser }) => {
		const founder = await newVerifiedUser(browser, uniqueEmail('dibinatajs'));
		const name = unique('Bišu drava');
		const listingEmail = uniqueEmail('drava');
		const dashboard = await createListing(founder, { name, email: listingEmail });
		const moderator = await signedIn(browser, 'moderators@demo.tuvuma.lv');
		await approveInQueue(moderator, name);
		const href = await publicLinkOf(founder, dashboard);

		const same = await newVerifiedUser(browser, listingEmail, 'Drava Saimnieks');
		await same.goto(href);
		await same.getByRole('button', { name: 'Pieteikt kā savu' }).click();
		await expect(same.getByText('Gatavs! Jūsu e-pasta adrese sakrīt')).toBeVisible();
		await same.getByRole('link', { name: 'Atvērt savu paneli' }).click();
		await expect(same.getByRole('heading', { level: 1, name })).toBeVisible();

		const otherEmail = uniqueEmail('svesais');
		const other = await newVerifiedUser(browser, otherEmail, 'Svešais');
		await other.goto(href);
		await other.getByRole('button', { name: 'Pieteikt kā savu' }).click();
		await moderator.goto('/lv/moderacija/pieteikumi');
		const card = moderator.getByRole('listitem').filter({ hasText: otherEmail });
		await card.getByRole('button', { name: `Noraidīt “${name}” pieteikumu` }).click();
		await expect(card.getByText('Uzrakstiet iemeslu')).toBeVisible();
		await card.getByLabel('Noraidīšanas iemesls (to redzēs pieteicējs)').fill('Ierakstu jau pārvalda saimnieks.');
		await card.getByRole('button', { name: `Noraidīt “${name}” pieteikumu` }).click();
		const mail = await waitForMail(otherEmail, { subject: /netika apstiprināts/ });
		expect(mail.text).toContain('Ierakstu jau pārvalda saimnieks.');
	});
});
