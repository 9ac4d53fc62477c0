import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

/**
 * The host keeps a place's plans: a new plan with a price that is not a number is refused with the
 * field's own words and nothing typed is lost; corrected, it is listed for the host and on the public
 * page; edited, the public page follows. Each form on the page has its own field ids, so a label
 * names its own field, not the same field of another row.
 */
test('the host adds a plan after a correction, edits it, and the public page shows it', async ({ page }) => {
	const name = `Nedēļas galds ${Date.now().toString(36)}`;
	await signIn(page, 'pieriga@demo.tuvuma.lv');
	await page.goto('/lv/organizacijas/pierigas-partneriba/darbs/vietas');
	await page.getByRole('link', { name: 'Dzīvoklis' }).click();
	await page.waitForLoadState('networkidle');
	const plans = page.getByRole('region', { name: 'Dalības plāni un cenas' });
	await plans.locator('details.card > summary').click();
	const add = plans.locator('details.card form');
	await add.getByLabel('Plāna nosaukums', { exact: true }).fill(name);
	await add.getByLabel(/^Cena/).fill('piecpadsmit');
	await add.getByRole('button', { name: 'Pievienot plānu' }).click();

	const again = page.getByRole('region', { name: 'Dalības plāni un cenas' }).locator('details.card form');
	await expect(again.getByText('Ievadiet skaitli, piemēram, 12 vai 4,5.')).toBeVisible();
	await expect(again.getByLabel('Plāna nosaukums', { exact: true })).toHaveValue(name);
	await expectAccessible(page);
	await again.getByLabel(/^Cena/).fill('15,50');
	await again.getByRole('button', { name: 'Pievienot plānu' }).click();
	const row = page.getByRole('region', { name: 'Dalības plāni un cenas' }).getByRole('listitem').filter({ hasText: name });
	await expect(row).toContainText('15,50 € mēnesī');

	await row.getByText(`Labot: ${name}`).click();
	await row.getByLabel(/^Cena/).fill('18');
	await row.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(page.getByRole('region', { name: 'Dalības plāni un cenas' }).getByRole('listitem').filter({ hasText: name })).toContainText('18 € mēnesī');

	await page.goto('/lv/vietas/dzivoklis-olaine');
	await expect(page.getByRole('region', { name: 'Dalības plāni un cenas' })).toContainText(name);
	await expect(page.getByRole('region', { name: 'Dalības plāni un cenas' })).toContainText(/18\s€ mēnesī/);
});
