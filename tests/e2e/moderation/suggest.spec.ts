import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { waitForMail } from '../support/mailbox';
import { fillSuggestion, MIN_FILL_MS, openFromQueue, signInSettled as signIn, suggestAndConfirm, unique } from './flow';

test.describe('suggest a producer', () => {
	test('suggest → confirm by e-mail → a moderator approves from the queue → public, findable, and the suggester is told', async ({ page, browser }) => {
		test.setTimeout(120_000);
		const name = unique('Rudzu maiznīca');
		const email = `ieteicejs-${Date.now()}@example.lv`;
		await suggestAndConfirm(page, { name, municipality: 'Jelgavas novads', email });

		const mod = await (await browser.newContext()).newPage();
		await signIn(mod, 'moderators@demo.tuvuma.lv');
		await openFromQueue(mod, name, '?tips=producer');
		const table = mod.getByRole('table');
		await expect(table.getByRole('row', { name: /Nosaukums/ })).toContainText(name);
		await expect(table.getByRole('row', { name: /Novads/ })).toContainText('Jelgavas novads');
		await expectAccessible(mod);
		await mod.getByRole('button', { name: 'Apstiprināt un publicēt' }).click();
		await expect(mod.getByRole('status')).toContainText('Apstiprināts un publicēts');
		await expect(mod.getByRole('link', { name, exact: true })).toHaveCount(0);

		const decision = await waitForMail(email, { subject: /Publicēts/ });
		const pageLink = decision.links.find((l) => l.includes('/lv/razotaji/'));
		expect(pageLink).toBeTruthy();
		await page.goto(pageLink!);
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
		const path = new URL(pageLink!).pathname;
		await page.goto('/lv/razotaji?sort=newest&municipality=jelgavas-novads');
		await expect(page.locator(`main a[href="${path}"]`).first()).toBeVisible();
		// search is reindexed by a background job: give the worker a moment
		await expect.poll(async () => {
			await page.goto(`/lv/meklet?q=${encodeURIComponent(name)}`);
			return page.locator(`main a[href="${path}"]`).count();
		}, { timeout: 15_000 }).toBeGreaterThan(0);
	});

	test('a too-fast submit is refused kindly and keeps what was typed; the next try goes through (without JavaScript)', async ({ browser }) => {
		const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
		const name = unique('Ātrā sēta');
		const email = `atrs-${Date.now()}@example.lv`;
		await fillSuggestion(page, { name, municipality: 'Siguldas novads', email });
		// filling may take longer than the minimum on a busy machine: send with a start time issued just now
		const fresh = await page.request.get('/lv/ieteikt');
		const started = /name="form_started" value="([^"]+)"/.exec(await fresh.text())?.[1];
		expect(started).toBeTruthy();
		await page.locator('input[name="form_started"]').evaluate((input, value) => ((input as HTMLInputElement).value = value), started!);
		await page.getByRole('button', { name: 'Nosūtīt ieteikumu' }).click();
		await expect(page.getByRole('alert')).toHaveText(/Tas bija ļoti ātri/);
		await expect(page.getByLabel('Nosaukums vai vārds')).toHaveValue(name);
		await expect(page.getByLabel('Jūsu e-pasts')).toHaveValue(email);
		await expect(page.getByLabel('Novads')).toHaveValue(/\d+/);
		await page.waitForTimeout(MIN_FILL_MS);
		await page.getByRole('button', { name: 'Nosūtīt ieteikumu' }).click();
		await expect(page.getByRole('heading', { name: 'Gandrīz gatavs — pārbaudiet e-pastu' }).or(page.getByTestId('possible-duplicates'))).toBeVisible();
	});

	test('the anti-spam token of one loaded form is good for one suggestion: a replay of it is refused', async ({ page, baseURL }) => {
		await fillSuggestion(page, { name: unique('Vienreizēja sēta'), municipality: 'Siguldas novads', email: `vienreiz-${Date.now()}@example.lv` });
		const fields = await page.locator('form[method="POST"]').first().evaluate((f) =>
			[...new FormData(f as HTMLFormElement)].filter(([, v]) => typeof v === 'string') as [string, string][]
		);
		await page.waitForTimeout(MIN_FILL_MS);
		const post = (name: string, email: string) => {
			const form = new URLSearchParams(fields);
			form.set('name', name);
			form.set('suggesterEmail', email);
			form.set('not_duplicate', '1');
			return page.request.post('/lv/ieteikt', { data: form.toString(), headers: { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' } });
		};
		const first = await post(unique('Vienreizēja sēta'), `vienreiz-a-${Date.now()}@example.lv`);
		expect(first.status()).toBe(200);
		expect(await first.text()).toContain('Gandrīz gatavs');
		const replay = await post(unique('Robota sēta'), `robots-${Date.now()}@example.lv`);
		expect(replay.status()).toBe(400);
		expect(await replay.text()).not.toContain('Gandrīz gatavs');
	});

	test('"is it one of these?" appears for a producer already listed, and the suggester may still send', async ({ page }) => {
		await fillSuggestion(page, { name: 'Ozolkalna kazas', municipality: 'Jelgavas novads', email: `dup-${Date.now()}@example.lv` });
		await page.waitForTimeout(MIN_FILL_MS);
		await page.getByRole('button', { name: 'Nosūtīt ieteikumu' }).click();
		const dups = page.getByTestId('possible-duplicates');
		await expect(dups.getByRole('link', { name: 'Ozolkalna kazas' })).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Tas nav neviens no šiem — nosūtīt' }).click();
		await expect(page.getByRole('heading', { name: 'Gandrīz gatavs — pārbaudiet e-pastu' })).toBeVisible();
	});

	test('a filled honeypot is refused with a friendly message', async ({ page }) => {
		await fillSuggestion(page, { name: unique('Robots'), municipality: 'Siguldas novads', email: `bot-${Date.now()}@example.lv` });
		await page.locator('input[name="fax_number"]').fill('12345', { force: true });
		await page.waitForTimeout(MIN_FILL_MS);
		await page.getByRole('button', { name: 'Nosūtīt ieteikumu' }).click();
		await expect(page.getByRole('alert')).toHaveText(/nevarējām pieņemt/);
	});

	test('field errors sit next to their fields and the form keeps the input', async ({ page }) => {
		await page.goto('/lv/ieteikt');
		await page.waitForLoadState('networkidle');
		await expectAccessible(page);
		await page.getByLabel('Ko viņi ražo').fill('Sieri');
		await page.getByLabel('Jūsu e-pasts').fill('nav-epasts');
		await page.waitForTimeout(MIN_FILL_MS);
		await page.getByRole('button', { name: 'Nosūtīt ieteikumu' }).click();
		await expect(page.getByRole('alert')).toHaveText(/izlabojiet atzīmētos laukus/);
		await expect(page.getByLabel('Nosaukums vai vārds')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByLabel('Jūsu e-pasts')).toHaveAccessibleDescription(/Ierakstiet e-pasta adresi/);
		await expect(page.getByLabel('Ko viņi ražo')).toHaveValue('Sieri');
		await expectAccessible(page);
	});

	test('the confirmation page refuses an unknown link and passes axe', async ({ page }) => {
		await page.goto('/lv/ieteikt/apstiprinat?token=abcdefghijklmnopqrstuvwxyz012345');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Apstiprināt un nosūtīt' }).click();
		await expect(page.getByRole('alert')).toHaveText(/nav derīga/);
	});
});
