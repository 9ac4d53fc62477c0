import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { waitForMail } from '../support/mailbox';

/** The anonymous-form guard refuses posts sooner than this after the page was served. */
const MIN_FILL_MS = 4_200;
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** Reports one listing through the real form; returns the comment, unique per call. */
async function report(page: Page, path: string, opts: { reason: RegExp; email?: string; comment?: string }): Promise<string> {
	await page.goto(path);
	await page.getByRole('link', { name: 'Ziņot par kļūdu' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Ziņot par problēmu' })).toBeVisible();
	const served = Date.now();
	const comment = opts.comment ?? `Pārbaude ${unique()}: darba laiks ir cits.`;
	await page.getByRole('radio', { name: opts.reason }).check();
	await page.getByLabel('Komentārs').fill(comment);
	if (opts.email) await page.getByLabel('Jūsu e-pasts (nav obligāts)').fill(opts.email);
	await page.waitForTimeout(Math.max(0, MIN_FILL_MS - (Date.now() - served)));
	await page.getByRole('button', { name: 'Nosūtīt ziņojumu' }).click();
	await expect(page.getByRole('heading', { name: 'Paldies! Ziņojums nosūtīts' })).toBeVisible();
	await expect(page.getByTestId('report-comment')).toHaveText(comment);
	return comment;
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, email);
	return page;
}

test.describe('report a problem', () => {
	test.describe.configure({ timeout: 60_000 });

	test('without JavaScript: bad input keeps what was typed, then a report reaches the moderators, who resolve it and the reporter gets a mail', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/lv/zinot?type=producer&slug=kalnmuizas');
		await page.getByLabel('Jūsu e-pasts (nav obligāts)').fill('nav-e-pasts');
		await page.getByRole('button', { name: 'Nosūtīt ziņojumu' }).click();
		await expect(page.getByText('Izvēlieties, kas nav kārtībā.')).toBeVisible();
		await expect(page.getByText('Aizpildiet šo lauku.')).toBeVisible();
		await expect(page.getByLabel('Jūsu e-pasts (nav obligāts)')).toHaveValue('nav-e-pasts');
		await expect(page.getByLabel('Jūsu e-pasts (nav obligāts)')).toHaveAttribute('aria-invalid', 'true');

		const email = `ziņotājs-${unique()}@example.com`.replace('ņ', 'n');
		const comment = await report(page, '/lv/razotaji/kalnmuizas', { reason: /Nepareiza informācija/, email });
		await expect(page.getByText(`Atbildi nosūtīsim uz ${email}.`)).toBeVisible();
		await context.close();

		const mod = await signedInPage(browser, 'moderators@demo.tuvuma.lv');
		await mod.goto('/lv/moderacija/zinojumi?reason=wrong_info');
		const card = mod.getByTestId('report').filter({ hasText: comment });
		await expect(card).toBeVisible();
		await expect(card.getByRole('link', { name: 'Z/S "Kalnmuižas"', exact: true })).toBeVisible();
		await expect(card.getByText('Ziņotājs gaida atbildi pa e-pastu.')).toBeVisible();
		await expectAccessible(mod);
		await card.getByLabel('Piezīme ziņotājam').fill('Darba laiku izlabojām.');
		await card.getByRole('button', { name: 'Atrisināts' }).click();
		await expect(mod.getByRole('status').filter({ hasText: 'Ziņojums atzīmēts kā atrisināts.' })).toBeVisible();
		await expect(mod.getByTestId('report').filter({ hasText: comment })).toHaveCount(0);

		await mod.goto('/lv/moderacija/zinojumi?status=closed');
		await expect(mod.getByTestId('report').filter({ hasText: comment }).getByText('Atrisināts')).toBeVisible();

		const mail = await waitForMail(email, { subject: /Par jūsu ziņojumu: Z\/S "Kalnmuižas"/ });
		expect(mail.text).toContain('Moderatora piezīme: Darba laiku izlabojām.');
		expect(mail.text).toMatch(/\/lv\/razotaji\/kalnmuizas/);
	});

	test('a dismissal needs a note; a territory editor sees only reports in their territory and cannot decide others', async ({ browser }) => {
		const [inside, outside] = await Promise.all(
			[
				['/lv/razotaji/ozolkalna-kazas', /Slēgts vai vairs nedarbojas/],
				['/lv/razotaji/kalnmuizas', /Nepiemērots saturs/]
			].map(async ([path, reason]) => {
				const context = await browser.newContext();
				const comment = await report(await context.newPage(), path as string, { reason: reason as RegExp });
				await context.close();
				return comment;
			})
		);

		const editor = await signedInPage(browser, 'lielupe@demo.tuvuma.lv');
		await editor.goto('/lv/moderacija/zinojumi');
		const card = editor.getByTestId('report').filter({ hasText: inside });
		await expect(card).toBeVisible();
		await expect(editor.getByTestId('report').filter({ hasText: outside })).toHaveCount(0);
		await expectAccessible(editor);

		await card.getByRole('button', { name: 'Noraidīt' }).click();
		await expect(card.getByText('Noraidot uzrakstiet piezīmi ziņotājam.')).toBeVisible();
		await card.getByLabel('Piezīme ziņotājam').fill('Saimniecība strādā, pārbaudījām pa tālruni.');
		await card.getByRole('checkbox', { name: /Arhivēt/ }).uncheck();
		await card.getByRole('button', { name: 'Noraidīt' }).click();
		await expect(editor.getByRole('status').filter({ hasText: 'Ziņojums noraidīts.' })).toBeVisible();

		// the report outside the territory: a forged decision is refused
		const mod = await signedInPage(browser, 'moderators@demo.tuvuma.lv');
		await mod.goto('/lv/moderacija/zinojumi?reason=inappropriate');
		const outsideId = await mod.getByTestId('report').filter({ hasText: outside }).getAttribute('data-report-id');
		expect(outsideId).toBeTruthy();
		const forged = await editor.request.post('/lv/moderacija/zinojumi?/resolve', {
			form: { reportId: outsideId!, note: '' },
			headers: { origin: new URL(editor.url()).origin, accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		const body = await forged.text();
		expect(forged.status() === 403 || /"status":403/.test(body), body).toBe(true);
		await mod.reload();
		await expect(mod.getByTestId('report').filter({ hasText: outside })).toBeVisible();
	});

	test('a member without moderation rights is refused the reports tab; anonymous visitors are sent to sign in', async ({ browser, page }) => {
		await page.goto('/lv/moderacija/zinojumi');
		await expect(page).toHaveURL(/\/lv\/ienakt\?next=/);
		const member = await signedInPage(browser, 'biedrs@demo.tuvuma.lv');
		const response = await member.goto('/lv/moderacija/zinojumi');
		expect(response?.status()).toBe(403);
	});

	test('every listing page links to the report form, and an unknown listing is a 404', async ({ page }) => {
		for (const [path, type, slug] of [
			['/lv/tirdzniecibas-vietas/siguldas-zemnieku-tirdzins', 'sales_point', 'siguldas-zemnieku-tirdzins'],
			['/lv/organizacijas/lauku-partneriba-lielupe', 'organisation', 'lauku-partneriba-lielupe'],
			['/en/razotaji/kalnmuizas', 'producer', 'kalnmuizas']
		]) {
			await page.goto(path);
			const lang = path.split('/')[1];
			await expect(page.locator(`a[href="/${lang}/zinot?type=${type}&slug=${slug}"]`)).toBeVisible();
		}
		await page.goto('/en/zinot?type=producer&slug=kalnmuizas');
		await expect(page.getByRole('heading', { level: 1, name: 'Report a problem' })).toBeVisible();
		await expectAccessible(page);
		await page.waitForTimeout(MIN_FILL_MS);
		await page.getByRole('button', { name: 'Send report' }).click();
		await expect(page.getByRole('alert')).toHaveText('Please check the marked fields.');
		await expect(page.getByRole('alert')).toBeFocused();
		await expect(page.getByLabel('Comment')).toHaveAccessibleDescription(/up to 2000 characters.*Please fill in this field\./);
		await expectAccessible(page);
		expect((await page.goto('/lv/zinot?type=producer&slug=nav-tada'))?.status()).toBe(404);
		expect((await page.goto('/lv/zinot?type=user&slug=x'))?.status()).toBe(404);
	});
});
