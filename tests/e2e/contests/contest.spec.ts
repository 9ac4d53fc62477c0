import { test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { COORDINATOR, createAndPublish, enterAndConfirm, expect, fillEntry, unique, visitorContext, WORKSPACE } from './steps';

// one real close in the browser: the entry window ends at the first whole minute at least 30 s after
// publishing (the form takes minutes), so the test waits under a minute on average for the freeze
test.describe.configure({ timeout: 240_000 });

test('a contest end to end: staff create and publish, people enter and confirm, the list freezes, the secret is revealed, a winner declines and the next alternate moves up; the audit page verifies', async ({ page, browser }) => {
	const title = `Rudens groza konkurss ${unique()}`;
	const closesAt = new Date(Math.ceil((Date.now() + 45_000) / 60_000) * 60_000);
	const { publicPath, staffUrl } = await createAndPublish(page, { title, closesAt });
	// axe runs in the page's JavaScript: checked in this context, the entrants below have none
	await page.goto(publicPath);
	await expectAccessible(page);

	// two people enter without accounts (no JavaScript needed) and confirm their addresses
	const context = await visitorContext(browser);
	const visitor = await context.newPage();
	await visitor.goto(publicPath);
	await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
	// an address the people key refuses is a field error in the reader's language, not a server error
	await fillEntry(visitor, publicPath, { name: 'Dalībniece', email: 'a..b@example.lv' });
	await expect(visitor.locator('#e-email')).toHaveText('Ievadiet e-pasta adresi, piemēram, vards@example.lv.');
	const ids: string[] = [];
	for (const i of [1, 2]) ids.push(await enterAndConfirm(visitor, publicPath, { name: `Dalībniece ${i}`, email: `konkurss-${unique()}-${i}@example.lv` }));

	// the close passes: the first access freezes the list and shows its hash
	await page.waitForTimeout(Math.max(0, closesAt.getTime() - Date.now() + 2_000));
	await visitor.goto(publicPath);
	await expect(visitor.getByText('Saraksta SHA-256')).toBeVisible();
	await expect(visitor.getByRole('button', { name: 'Pieteikties konkursam' })).toHaveCount(0);

	await page.goto(staffUrl);
	await page.getByRole('button', { name: /Atklāt noslēpumu/ }).click();
	const winnerRow = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Atteicās' }) });
	await expect(winnerRow).toHaveCount(1);
	const first = (await winnerRow.locator('code').textContent())!;
	expect(ids).toContain(first);
	await winnerRow.getByRole('button', { name: 'Atteicās' }).click();
	await expect(page.getByText(/Atstāti malā/)).toContainText(first);
	const second = (await page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Atteicās' }) }).locator('code').textContent())!;
	expect(second).not.toBe(first);
	expect(ids).toContain(second);

	// the public audit page: the list, the revealed secret, the derivation verified, the decline logged
	await visitor.goto(`${publicPath}/parbaude`);
	await expect(visitor.getByText('Pārbaudīts: saraksta kontrolsumma, nejaušības avots un uzvarētāji sakrīt.')).toBeVisible();
	await expect(visitor.getByText('Atklātais noslēpums')).toBeVisible();
	await expect(visitor.getByRole('listitem').filter({ hasText: 'atteicās' })).toContainText(second);
	await expect(visitor.getByText('Uzvarētājs (Jelgavas novads)')).toBeVisible();
	await page.goto(`${publicPath}/parbaude`);
	await expectAccessible(page);
	const list = await visitor.request.get(`${publicPath}/entries.txt`);
	expect((await list.text()).split('\n').filter(Boolean).sort()).toEqual([...ids].sort());
	const draw = await (await visitor.request.get(`${publicPath}/draw.json`)).json();
	expect(draw.order[0]).toBe(first);
	await context.close();
});

test('the demo contest’s audit page verifies its real drand round', async ({ page }) => {
	await page.goto('/lv/konkursi/vasaras-groza-konkurss/parbaude');
	await expect(page.getByText('Pārbaudīts: saraksta kontrolsumma, nejaušības avots un uzvarētāji sakrīt.')).toBeVisible();
	await expect(page.getByText('Demonstrācijas dati')).toBeVisible();
	await expectAccessible(page);
});

test('a visitor and another organisation’s staff are refused on the draw’s actions; the contest stays a draft', async ({ page, browser }) => {
	const title = `Aizsargāts konkurss ${unique()}`;
	await signIn(page, COORDINATOR);
	await page.goto(`${WORKSPACE}/jauns`);
	await page.getByLabel('Nosaukums (LV)').fill(title);
	await page.getByLabel('Noteikumi (LV)').fill('Noteikumi.');
	await page.getByLabel('Sākuma datums').fill('2030-01-01');
	await page.getByLabel('Beigu datums').fill('2030-01-31');
	await page.getByLabel('Uzvarētāju skaits').fill('1');
	await page.getByLabel('Balva 1 (LV)').fill('Medus grozs');
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const staffUrl = page.url();
	const origin = new URL(staffUrl).origin;
	const ACTIONS: [string, Record<string, string>][] = [
		['publish', {}],
		['beacon', { randomness: 'a'.repeat(64), signature: 'b'.repeat(96) }],
		['aside', { publicId: 'eabcdefghijk', decision: 'declined' }],
		['photo', { entryId: '00000000-0000-4000-8000-000000000000', decision: 'approve' }]
	];
	const visitor = await browser.newContext();
	const outsider = await browser.newContext();
	const other = await outsider.newPage();
	await signIn(other, 'lielupe@demo.tuvuma.lv');
	for (const [action, form] of ACTIONS) {
		const anonymous = await visitor.request.post(`${staffUrl}?/${action}`, { form, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
		expect(anonymous.status(), `visitor ${action}`).toBe(303);
		expect(anonymous.headers().location, `visitor ${action}`).toMatch(/\/lv\/ienakt\?next=/);
		const foreign = await other.request.post(`${staffUrl}?/${action}`, { form, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
		expect(foreign.status(), `other organisation ${action}`).toBe(403);
	}
	await page.reload();
	await expect(page.getByRole('button', { name: 'Publicēt' })).toBeVisible();
	await visitor.close();
	await outsider.close();
});
