import { expect, test, type Browser } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { waitForMail } from '../support/mailbox';
import { openFromQueue, signInSettled as signIn, suggestAndConfirm, unique } from './flow';

async function signedIn(browser: Browser, email: string) {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, email);
	return page;
}

test.describe('moderation', () => {
	test('the queue is for reviewers only and passes axe', async ({ page, browser }) => {
		await page.goto('/lv/moderacija');
		await expect(page).toHaveURL(/\/lv\/ienakt\?next=/);
		const member = await signedIn(browser, 'biedrs@demo.tuvuma.lv');
		const res = await member.goto('/lv/moderacija');
		expect(res?.status()).toBe(403);

		const mod = await signedIn(browser, 'moderators@demo.tuvuma.lv');
		await mod.goto('/lv/moderacija');
		await expect(mod.getByRole('heading', { level: 1, name: 'Pārbaudes rinda' })).toBeVisible();
		await expect(mod.getByRole('main').getByText(/^Pārbaudi gaida \d+ ierakst(s|i|u)\.$/)).toBeVisible();
		await expect(mod.getByRole('navigation', { name: 'Moderācijas sadaļas' }).getByRole('link', { name: 'Labojumi' })).toHaveAttribute('aria-current', 'page');
		await expectAccessible(mod);
	});

	test('reject needs a reason, which the suggester receives', async ({ page, browser }) => {
		test.setTimeout(90_000);
		const name = unique('Noraidāmā sēta');
		const email = `noraid-${Date.now()}@example.lv`;
		await suggestAndConfirm(page, { name, municipality: 'Siguldas novads', email });

		const mod = await signedIn(browser, 'moderators@demo.tuvuma.lv');
		await openFromQueue(mod, name);
		await mod.getByRole('button', { name: 'Noraidīt' }).click();
		const message = mod.getByLabel('Iemesls vai lūgums iesniedzējam');
		await expect(message).toHaveAttribute('aria-invalid', 'true');
		await expect(message).toHaveAccessibleDescription(/uzrakstiet iemeslu/);
		await message.fill('Šis nav mājražotājs, bet lielveikals.');
		await mod.getByRole('button', { name: 'Noraidīt' }).click();
		await expect(mod.getByRole('status')).toContainText('Noraidīts');
		const mail = await waitForMail(email, { subject: /Netika publicēts/ });
		expect(mail.text).toContain('Šis nav mājražotājs, bet lielveikals.');
	});

	test('approving an older change after a newer one was applied is refused', async ({ browser }) => {
		// the demo data holds two waiting phone changes to Z/S "Pļavnieki", made against the same version
		const name = 'Z/S "Pļavnieki"';
		const a = await signedIn(browser, 'moderators@demo.tuvuma.lv');
		await openFromQueue(a, name, '?tips=producer');
		const olderUrl = a.url();
		await expect(a.getByRole('table')).toContainText('+371 29 000 101');
		const b = await a.context().newPage();
		await openFromQueue(b, name, '?tips=producer', 1);
		await expect(b.getByRole('table')).toContainText('+371 29 000 202');
		expect(b.url()).not.toBe(olderUrl);
		await b.getByRole('button', { name: 'Apstiprināt un publicēt' }).click();
		await expect(b.getByRole('status')).toContainText('Apstiprināts');

		await a.getByRole('button', { name: 'Apstiprināt un publicēt' }).click();
		await expect(a.getByRole('alert')).toContainText('kopš tā iesniegšanas ieraksts ir mainīts');
		await a.reload();
		await expect(a.getByText('tāpēc to vairs nevar apstiprināt')).toBeVisible();
		await expect(a.getByRole('button', { name: 'Apstiprināt un publicēt' })).toHaveCount(0);
		await a.goto('/lv/razotaji/plavnieki');
		await expect(a.getByText('+371 29 000 202')).toBeVisible();
	});

	test('a territory editor sees only their municipalities and gets 403 outside them', async ({ page, browser }) => {
		test.setTimeout(120_000);
		const inside = unique('Jelgavas klaipi');
		const outside = unique('Siguldas klaipi');
		await suggestAndConfirm(page, { name: inside, municipality: 'Jelgavas novads', email: `in-${Date.now()}@example.lv` });
		await suggestAndConfirm(page, { name: outside, municipality: 'Siguldas novads', email: `out-${Date.now()}@example.lv` });

		const mod = await signedIn(browser, 'moderators@demo.tuvuma.lv');
		await openFromQueue(mod, outside);
		const outsideUrl = new URL(mod.url()).pathname;

		const editor = await signedIn(browser, 'lielupe@demo.tuvuma.lv');
		await editor.goto('/lv/moderacija');
		await expect(editor.getByRole('link', { name: inside, exact: true })).toBeVisible();
		await expect(editor.getByRole('link', { name: outside, exact: true })).toHaveCount(0);
		const municipalities = await editor.getByLabel('Novads').locator('option').allTextContents();
		expect(municipalities.filter((t) => t !== 'Visi')).toEqual(['Jelgavas novads']);
		const res = await editor.goto(outsideUrl);
		expect(res?.status()).toBe(403);
		const post = await editor.request.post(`${outsideUrl}?/approve`, { form: {}, headers: { origin: new URL(editor.url()).origin } });
		expect(post.status()).toBe(403);
	});

	test('a reviewer can approve with the keyboard alone', async ({ page, browser }) => {
		test.setTimeout(90_000);
		const name = unique('Tastatūras medus');
		await suggestAndConfirm(page, { name, municipality: 'Jelgavas novads', email: `kbd-${Date.now()}@example.lv` });
		const mod = await signedIn(browser, 'moderators@demo.tuvuma.lv');
		await mod.goto('/lv/moderacija?tips=producer');
		const link = mod.getByRole('link', { name, exact: true });
		await link.focus();
		await mod.keyboard.press('Enter');
		await expect(mod.getByRole('heading', { level: 1, name })).toBeVisible();
		await expectAccessible(mod);
		// Tab from the page start until the approve button has focus, then press Enter
		await mod.locator('body').focus();
		let reached = false;
		for (let i = 0; i < 60 && !reached; i++) {
			await mod.keyboard.press('Tab');
			reached = await mod.getByRole('button', { name: 'Apstiprināt un publicēt' }).evaluate((el) => el === document.activeElement);
		}
		expect(reached).toBe(true);
		await mod.keyboard.press('Enter');
		await expect(mod.getByRole('status')).toContainText('Apstiprināts un publicēts');
	});
});
