import { expect, test, type Page } from '@playwright/test';
import { waitForMail } from '../support/mailbox';
import { approveInQueue, createListing, newVerifiedUser, publicLinkOf, signedIn, uniqueEmail } from '../producers/flow';
import { XSS_PAYLOADS } from './xss-payloads';
import { batches, expectNothingInjected, expectShownLiterally, visible, watchDialogs } from './xss-check';

/**
 * The payloads (xss-payloads.ts) through the producer's own forms (sign-up, dashboard profile,
 * products), the moderator's review message, the claim form and the claim refusal; then a listing
 * whose name and description are payloads is approved and read on its public page and in search.
 * Everything happens on a listing this spec creates, so no other spec's data is touched.
 */
test.setTimeout(150_000);

const run = Date.now().toString(36);
// one round trip per form with all payloads in every field keeps the spec quick
const lines = [XSS_PAYLOADS.join(' ')];

async function setValue(page: Page, selector: string, value: string): Promise<void> {
	await page.locator(selector).evaluate((el, v) => {
		(el as HTMLInputElement).value = v;
	}, value);
}

/** Fills every listed field of a form with each batch, submits, and expects them back as typed. */
async function echoes(page: Page, fired: string[], o: { url: string; form: string; inputs: string[]; textareas?: string[]; submit: string; invalid: string }) {
	for (const line of lines) {
		await page.goto(o.url);
		for (const f of o.inputs) await setValue(page, `${o.form} input[name="${f}"]`, line);
		for (const f of o.textareas ?? []) await setValue(page, `${o.form} textarea[name="${f}"]`, line);
		await page.locator(`${o.form} button[type="submit"]`).filter({ hasText: o.submit }).click();
		await expect(page.locator(`${o.form} [name="${o.invalid}"][aria-invalid="true"]`)).toBeVisible();
		await expectNothingInjected(page, fired);
		for (const f of o.inputs) expect(visible(await page.locator(`${o.form} input[name="${f}"]`).inputValue()), f).toBe(visible(line));
		for (const f of o.textareas ?? []) expect(visible(await page.locator(`${o.form} textarea[name="${f}"]`).inputValue()), f).toBe(visible(line));
	}
}

test('producer sign-up, dashboard, products, review message and claims render every payload as text; the approved listing shows them literally', async ({ browser }) => {
	const ownerEmail = uniqueEmail('xss-owner');
	const owner = await newVerifiedUser(browser, ownerEmail);
	const fired = watchDialogs(owner);
	const profile = { form: 'main form:has(textarea[name="description"])', inputs: ['name', 'address', 'phone', 'email', 'website', 'facebook', 'instagram', 'foundedYear'], textareas: ['description'], invalid: 'phone' };

	// 1. sign-up form: every text field holds a batch and comes back as typed
	await echoes(owner, fired, { ...profile, url: '/lv/razotajiem/jauns', submit: 'Saglabāt un nosūtīt pārbaudei' });

	// 2. a real listing: its name and description are payloads (a NUL among them)
	// not "xss …" like xss.spec's suggestion, so that one is not asked "is it one of these?" because of this
	const name = `Ražotne${run} "><svg onload=alert(1)> {{7*7}} ${'${'}7*7}`;
	const description = batches(XSS_PAYLOADS, 4800, '\n')[0];
	const dashboard = await createListing(owner, { name, email: uniqueEmail('xss-listing'), description });
	await expectNothingInjected(owner, fired);
	await expectShownLiterally(owner, 'main', [name]);

	// 3. dashboard profile form and product form, validation round trips
	await echoes(owner, fired, { ...profile, url: dashboard, submit: 'Saglabāt' });
	await echoes(owner, fired, { url: `${dashboard}/produkti`, form: 'form[action="?/add"]', inputs: ['name', 'price', 'unitAmount'], submit: 'Pievienot produktu', invalid: 'price' });
	const productName = `xss${run} <script>alert(1)</script>`;

	// 4. the moderator's reject / request-changes message: a too-long one comes back as typed
	const mod = await signedIn(browser, 'moderators@demo.tuvuma.lv');
	const modFired = watchDialogs(mod);
	await mod.goto('/lv/moderacija');
	await expectNothingInjected(mod, modFired);
	await mod.getByRole('link', { name: visible(name), exact: true }).first().click();
	await expect(mod.getByRole('heading', { level: 1 })).toHaveText(visible(name));
	await expectNothingInjected(mod, modFired);
	await expectShownLiterally(mod, 'main', description.split('\n'));
	const review = mod.url();
	const long = XSS_PAYLOADS.join('\n');
	expect(long.length).toBeGreaterThan(2000);
	for (const action of ['Noraidīt', 'Lūgt precizēt']) {
		await mod.goto(review);
		await setValue(mod, 'textarea[name="message"]', long);
		await mod.getByRole('button', { name: action, exact: true }).click();
		await expect(mod.locator('textarea[name="message"][aria-invalid="true"]')).toBeVisible();
		await expectNothingInjected(mod, modFired);
		expect(visible(await mod.locator('textarea[name="message"]').inputValue())).toBe(visible(long));
	}
	await approveInQueue(mod, visible(name));
	// a product added once the listing is public is reviewed on its own (one added before goes with the listing)
	await owner.goto(`${dashboard}/produkti`);
	await owner.waitForLoadState('networkidle');
	await owner.getByLabel('Produkta nosaukums').last().fill(productName);
	await owner.getByLabel('Kategorija').last().selectOption({ index: 1 });
	await owner.getByLabel('Cena, €').last().fill('4,20');
	await owner.getByRole('button', { name: 'Pievienot produktu' }).last().click();
	await expect(owner.getByText('Produkts saglabāts un gaida pārbaudi')).toBeVisible();
	await expectNothingInjected(owner, fired);
	// the product is refused with a payload reason: the owner's e-mail carries it as text
	await mod.goto('/lv/moderacija');
	await mod.getByRole('link', { name: productName, exact: true }).first().click();
	await expect(mod.getByRole('heading', { level: 1 })).toHaveText(productName);
	await setValue(mod, 'textarea[name="message"]', batches(XSS_PAYLOADS, 1900, '\n')[0]);
	await mod.getByRole('button', { name: 'Noraidīt', exact: true }).click();
	await expect(mod).toHaveURL(/\/lv\/moderacija(\?|$)/);
	await expectNothingInjected(mod, modFired);

	// 5. public page and search card show the name and description literally
	const href = await publicLinkOf(owner, dashboard);
	const visitor = await (await browser.newContext()).newPage();
	const visitorFired = watchDialogs(visitor);
	await visitor.goto(href);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(visible(name));
	await expectNothingInjected(visitor, visitorFired);
	await expectShownLiterally(visitor, 'main', description.split('\n'));
	await expect(async () => {
		await visitor.goto(`/lv/meklet?q=Ražotne${run}`);
		await expect(visitor.getByRole('link', { name: visible(name) }).first()).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 20_000 });
	await expectNothingInjected(visitor, visitorFired);

	// 6. someone claims it: a too-long message comes back as typed, a real one reaches the moderator,
	// whose refusal reason (payloads too) reaches the claimant's e-mail as text
	const claimantEmail = uniqueEmail('xss-claim');
	const claimant = await newVerifiedUser(browser, claimantEmail, `xss${run} <b onmouseover=alert(1)>Ilze</b>`);
	const claimFired = watchDialogs(claimant);
	await claimant.goto(href);
	await setValue(claimant, 'textarea[name="message"]', long);
	await claimant.getByRole('button', { name: 'Pieteikt kā savu' }).click();
	await expect(claimant.locator('textarea[name="message"][aria-invalid="true"]')).toBeVisible();
	await expectNothingInjected(claimant, claimFired);
	expect(visible(await claimant.locator('textarea[name="message"]').inputValue())).toBe(visible(long));
	const claimNote = batches(XSS_PAYLOADS, 950, '\n')[1];
	await setValue(claimant, 'textarea[name="message"]', claimNote);
	await claimant.getByRole('button', { name: 'Pieteikt kā savu' }).click();
	await expect(claimant.getByText('Moderators pārbaudīs pieteikumu')).toBeVisible();
	await expectNothingInjected(claimant, claimFired);

	await mod.goto('/lv/moderacija/pieteikumi');
	await expectNothingInjected(mod, modFired);
	const card = mod.getByRole('listitem').filter({ hasText: claimantEmail });
	await expectShownLiterally(mod, 'main', claimNote.split('\n'));
	await card.getByRole('button', { name: `Noraidīt “${visible(name)}” pieteikumu` }).click();
	await card.getByLabel('Noraidīšanas iemesls (to redzēs pieteicējs)').evaluate((el, v) => ((el as HTMLTextAreaElement).value = v), batches(XSS_PAYLOADS, 950, '\n')[2]);
	await card.getByRole('button', { name: `Noraidīt “${visible(name)}” pieteikumu` }).click();
	await expect(mod.getByText('Lēmums saglabāts')).toBeVisible();
	await expectNothingInjected(mod, modFired);
	const mail = await waitForMail(claimantEmail, { subject: /netika apstiprināts/ });
	expect(mail.html).not.toMatch(/<script|<img|<svg|onerror=|javascript:/i);
	for (const mailbox of [owner, claimant, visitor]) await mailbox.context().close();
	await mod.context().close();
});
