import { expect as baseExpect, test } from '@playwright/test';
import { pdfOf } from '../../../src/lib/server/insight/test-files';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const EDITOR = 'pieriga-redaktors@demo.tuvuma.lv';
const COORDINATOR = 'pieriga@demo.tuvuma.lv';
const LIBRARY = '/lv/organizacijas/pierigas-partneriba/darbs/biblioteka';
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test('an editor adds a video lecture (every mistake named at once), edits it, and a handbook with its PDF; the coordinator deletes one', async ({ page, browser }) => {
	const title = `Sociālā uzņēmējdarbība ${unique()}`;
	await signIn(page, EDITOR);
	await page.goto(LIBRARY);
	await page.getByRole('link', { name: 'Pievienot materiālu' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Pievienot materiālu' })).toBeVisible();
	await page.waitForLoadState('networkidle');

	// a video needs a video service's address, chapters need a time on each line; all said at once
	await page.getByLabel('Nosaukums', { exact: true }).fill(title);
	await page.getByLabel('Adrese (saite)').fill('https://example.com/lekcija');
	await page.getByLabel('Nodaļas', { exact: true }).fill('Ievads bez laika');
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	const summary = page.getByRole('alert').first();
	await expect(summary).toContainText('Īss apraksts');
	await expect(summary).toContainText('Adrese (saite)');
	await expect(summary).toContainText('Nodaļas');
	await expect(page.getByLabel('Nosaukums', { exact: true })).toHaveValue(title);
	await expectAccessible(page);

	await page.getByLabel('Īss apraksts').fill('Kas ir sociālais uzņēmums un kā tas pelna.');
	await page.getByLabel('Adrese (saite)').fill('https://youtu.be/dQw4w9WgXcQ');
	await page.getByLabel('Nodaļas', { exact: true }).fill('0:00 Ievads\n12:30 Finansējums');
	await page.getByRole('checkbox', { name: 'Sociālā uzņēmējdarbība' }).check();
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(page.getByRole('status')).toHaveText('Materiāls saglabāts.');
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByLabel('Nodaļas', { exact: true })).toHaveValue('0:00 Ievads\n12:30 Finansējums');
	await expect(page.getByRole('checkbox', { name: 'Sociālā uzņēmējdarbība' })).toBeChecked();
	// an editor may not delete; the coordinator may
	await expect(page.getByText('Dzēst materiālu')).toHaveCount(0);

	await page.getByLabel('Ilgums, minūtes').fill('48');
	await page.getByLabel('Melnraksts').check();
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(page.getByRole('status')).toHaveText('Materiāls saglabāts.');
	await expect(page.getByLabel('Ilgums, minūtes')).toHaveValue('48');

	await page.goto(LIBRARY);
	await expect(page.getByRole('link', { name: title })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText('Video lekcija · melnraksts');

	// a handbook is its PDF: checked by its bytes
	const handbook = `Rokasgrāmata ${unique()}`;
	await page.goto(`${LIBRARY}/jauns`);
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Veids').selectOption({ label: 'Rokasgrāmata' });
	await page.getByLabel('Nosaukums', { exact: true }).fill(handbook);
	await page.getByLabel('Īss apraksts').fill('Sociālā uzņēmēja rokasgrāmata.');
	await page.getByLabel(/PDF fails/).setInputFiles({ name: 'rokasgramata.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfOf(['Rokasgramata'])) });
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(page.getByRole('status')).toHaveText('Materiāls saglabāts.');
	await expect(page.getByText('Ja fails jau ir augšupielādēts')).toBeVisible();
	const handbookUrl = page.url().replace(/\?.*$/, '');

	const coordinator = await (await browser.newContext()).newPage();
	await signIn(coordinator, COORDINATOR);
	await coordinator.goto(handbookUrl);
	await coordinator.getByText('Dzēst materiālu').click();
	await coordinator.getByRole('button', { name: 'Jā, dzēst' }).click();
	await expect(coordinator).toHaveURL(new RegExp(`${LIBRARY}$`));
	await expect(coordinator.getByRole('link', { name: handbook })).toHaveCount(0);
	await expect(coordinator.getByRole('link', { name: title })).toBeVisible();
});
