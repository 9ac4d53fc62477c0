import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { DEMO, signIn } from '../support/auth';
import { newConfirmedUser, PASSWORD } from './signup-helper';
import { waitForMail } from '../support/mailbox';

// several pages, a sign-up and mail per test: generous on a busy machine
test.describe.configure({ timeout: 90_000 });

test('an admin gives a user the territory editor role; the audit log shows it, filtered', async ({ browser }) => {
	const userPage = await (await browser.newContext()).newPage();
	const email = await newConfirmedUser(userPage, 'Loma Testa');
	const admin = await (await browser.newContext()).newPage();
	await signIn(admin, DEMO.admin);
	await admin.goto('/lv/admin');
	await expectAccessible(admin);
	await admin.getByRole('link', { name: 'Lietotāji' }).click();
	await admin.getByLabel('Meklēt pēc e-pasta vai vārda').fill(email);
	await admin.getByRole('button', { name: 'Atlasīt' }).click();
	await expectAccessible(admin);
	await admin.getByRole('link', { name: email }).click();
	await expectAccessible(admin);
	await admin.getByLabel('Loma', { exact: true }).selectOption('territory_editor');
	await admin.getByLabel('Organizācija').selectOption({ label: 'Lauku partnerība "Lielupe"' });
	await admin.getByRole('button', { name: 'Piešķirt' }).click();
	await expect(admin.getByRole('status')).toHaveText('Loma piešķirta.');
	await expect(admin.getByText('teritorijas redaktors – Lauku partnerība "Lielupe"')).toBeVisible();

	await admin.goto(`/lv/admin/zurnals?kas=${encodeURIComponent(DEMO.admin)}&darbiba=user.role_grant`);
	await expectAccessible(admin);
	// the log reads in words: the action, the user by e-mail (a link), the role and organisation by name
	const row = admin.locator('tbody tr').first();
	await expect(row).toContainText('Piešķīra lomu');
	await expect(row.getByRole('link', { name: email })).toHaveAttribute('href', /\/lv\/admin\/lietotaji\//);
	await expect(row).toContainText('teritorijas redaktors');
	await expect(row.getByRole('link', { name: 'Lauku partnerība "Lielupe"' })).toBeVisible();
	await expect(row).not.toContainText(/territory_editor|user\.role_grant|[0-9a-f]{8}-[0-9a-f]{4}-|[{}]/);
	await expect(admin.getByLabel('Darbība').locator('option', { hasText: 'Piešķīra lomu' })).toHaveCount(1);

	// the user's very next request carries the new role
	await signIn(userPage, email, PASSWORD);
	await userPage.goto('/lv/konts');
	await expect(userPage.getByRole('heading', { name: 'Mans konts' })).toBeVisible();
});

test('an admin edits the territories an organisation covers and reads the outbox', async ({ page }) => {
	await signIn(page, DEMO.admin);
	await page.goto('/lv/admin/organizacijas');
	await expectAccessible(page);
	await page.goto('/lv/admin/organizacijas/pierigas-partneriba');
	await expectAccessible(page);
	const box = page.getByRole('checkbox', { name: 'Ropažu novads' });
	const was = await box.isChecked();
	await box.setChecked(!was);
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(page.getByRole('status')).toHaveText('Saglabāts.');
	await page.reload();
	await expect(page.getByRole('checkbox', { name: 'Ropažu novads' })).toBeChecked({ checked: !was });
	await page.goto('/lv/admin/zurnals?darbiba=organisation.territories_set');
	const row = page.locator('tbody tr').first();
	await expect(row.getByRole('link', { name: 'Pierīgas partnerība' })).toBeVisible();
	await expect(row).toContainText('Ropažu novads');
	await expect(row).not.toContainText(/pierigas-partneriba|[0-9a-f]{8}-[0-9a-f]{4}-|[{}]/);
	await expectAccessible(page);

	await page.goto('/lv/admin/pasts');
	await expectAccessible(page);
	await expect(page.getByRole('heading', { name: 'Izsūtītais pasts' })).toBeVisible();
});

test('an admin reading the outbox sees a password-reset mail, but not its live link', async ({ browser }) => {
	const page = await (await browser.newContext()).newPage();
	const email = await newConfirmedUser(page, 'Paroles Glabātājs', 'izsutits');
	await page.goto('/lv/aizmirsu-paroli');
	await page.getByLabel('E-pasts').fill(email);
	await page.getByRole('button', { name: 'Sūtīt saiti' }).click();
	const mail = await waitForMail(email, { subject: /Jaunas paroles/ });
	const token = new URL(mail.links.find((l) => l.includes('/lv/aizmirsu-paroli/jauna'))!).searchParams.get('token')!;
	expect(token.length).toBeGreaterThan(10);

	const admin = await (await browser.newContext()).newPage();
	await signIn(admin, DEMO.admin);
	await admin.goto(`/lv/admin/pasts?kam=${encodeURIComponent(email)}`);
	const item = admin.locator('.mails li', { hasText: 'Jaunas paroles' });
	await item.locator('summary').click();
	await expect(item.locator('pre')).toContainText('aizmirsu-paroli/jauna?token=•••');
	expect(await admin.content()).not.toContain(token);
	// the recipient's link still works
	await page.goto(mail.links.find((l) => l.includes('/lv/aizmirsu-paroli/jauna'))!);
	await page.getByLabel('Jaunā parole').fill('jauna-parole-789');
	await page.getByLabel('Parole vēlreiz').fill('jauna-parole-789');
	await page.getByRole('button', { name: 'Saglabāt paroli' }).click();
	await expect(page.getByRole('status')).toContainText('Parole nomainīta');
});
