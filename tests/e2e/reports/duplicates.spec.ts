import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { waitForMail } from '../support/mailbox';
import { fillSuggestion, MIN_FILL_MS, openFromQueue } from '../moderation/flow';

test.describe.configure({ timeout: 60_000 });

test('a near-copy of Kalnmuižas: the suggester is asked "is it one of these?", and the moderator sees why it looks alike', async ({ page, browser }) => {
	const email = `dublikats-${Date.now().toString(36)}@example.lv`;
	const name = 'Zemnieku saimniecība „Kalnmuiža”';
	await fillSuggestion(page, { name, municipality: 'Siguldas novads', email });
	await page.waitForTimeout(MIN_FILL_MS);
	await page.getByRole('button', { name: 'Nosūtīt ieteikumu' }).click();

	const dups = page.getByTestId('possible-duplicates');
	await expect(dups.getByRole('heading', { name: 'Varbūt tas jau ir katalogā?' })).toBeVisible();
	await expect(dups.getByRole('link', { name: 'Z/S "Kalnmuižas"' })).toHaveAttribute('href', '/lv/razotaji/kalnmuizas');
	await expect(page.getByLabel('Nosaukums vai vārds')).toHaveValue(name);
	await expectAccessible(page);

	// "no, it is a different one": the second submit goes through
	await page.getByRole('button', { name: 'Tas nav neviens no šiem — nosūtīt' }).click();
	await expect(page.getByRole('heading', { name: 'Gandrīz gatavs — pārbaudiet e-pastu' })).toBeVisible();
	const mail = await waitForMail(email, { subject: /Apstipriniet ieteikumu/ });
	await page.goto(mail.links.find((l) => l.includes('/ieteikt/apstiprinat'))!);
	await page.getByRole('button', { name: 'Apstiprināt un nosūtīt' }).click();

	const mod = await (await browser.newContext()).newPage(); // axe needs a page of a context it can reach
	await signIn(mod, 'moderators@demo.tuvuma.lv');
	await openFromQueue(mod, name);
	const seen = mod.getByTestId('possible-duplicates');
	await expect(seen.getByRole('heading', { name: 'Iespējamie dublikāti' })).toBeVisible();
	const kalnmuizas = seen.getByRole('listitem').filter({ hasText: 'Z/S "Kalnmuižas"' });
	await expect(kalnmuizas.getByText('līdzīgs nosaukums')).toBeVisible();
	await expect(kalnmuizas.getByText('tas pats novads')).toBeVisible();
	await expect(kalnmuizas.getByText(/Līdzība \d+ %/)).toBeVisible();
	await expect(kalnmuizas.getByRole('link', { name: 'Salīdzināt ar “Z/S "Kalnmuižas"”' })).toBeVisible();
	await expectAccessible(mod);
	await mod.context().close();
});
