import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const EDITOR = 'pieriga-redaktors@demo.tuvuma.lv';
const LIBRARY = '/lv/organizacijas/pierigas-partneriba/darbs/biblioteka';
const PHONE_BROWSER = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test('a published video lecture is found in the library by topic, and its player loads nothing from YouTube until Play', async ({ page, browser }) => {
	const title = `Tirgus lekcija ${unique()}`;
	await signIn(page, EDITOR);
	await page.goto(`${LIBRARY}/jauns`);
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Nosaukums', { exact: true }).fill(title);
	await page.getByLabel('Īss apraksts').fill('Kā pārdot mājražojumus tirgū.');
	await page.getByLabel('Adrese (saite)').fill('https://youtu.be/dQw4w9WgXcQ');
	await page.getByLabel('Nodaļas', { exact: true }).fill('0:00 Ievads\n12:30 Cenas');
	await page.getByRole('checkbox', { name: 'Sociālā uzņēmējdarbība' }).check();
	await page.getByLabel('Publicēts').check();
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(page.getByRole('status')).toHaveText('Materiāls saglabāts.');

	// a visitor, on a phone, without an account (a phone's browser: a headless one is not counted as a visitor)
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, userAgent: PHONE_BROWSER });
	const visitor = await context.newPage();
	const thirdParty: string[] = [];
	visitor.on('request', (r) => {
		if (!r.url().startsWith('http://127.0.0.1')) thirdParty.push(r.url());
	});
	await visitor.route(/youtube/, (route) => route.abort());
	await visitor.goto('/lv/biblioteka');
	await visitor.getByLabel('Tēma').selectOption({ label: 'Sociālā uzņēmējdarbība' });
	await visitor.getByRole('button', { name: 'Rādīt' }).click();
	await expect(visitor).toHaveURL(/tema=/);
	await visitor.getByRole('link', { name: title }).click();
	await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(visitor.getByRole('listitem').filter({ hasText: 'Cenas' })).toContainText('12:30');
	await expectAccessible(visitor);
	expect(thirdParty).toEqual([]);
	expect(await visitor.locator('iframe').count()).toBe(0);

	const played = visitor.waitForResponse((r) => r.url().includes('atskanot=1') && r.request().resourceType() === 'document');
	await visitor.getByRole('link', { name: /Atskaņot video/ }).click();
	const response = await played;
	expect(response.headers()['content-security-policy']).toContain('frame-src https://www.youtube-nocookie.com');
	await expect(visitor.locator('iframe')).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ/);
	await context.close();

	// the editor sees the visitor's views counted this month (their own visits are not)
	await page.goto(LIBRARY);
	await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText(/[1-9]\d* skatījum/);
	await page.getByRole('link', { name: title }).click();
	const usage = page.getByRole('region', { name: 'Skatījumi un lejupielādes' });
	const month = new Intl.DateTimeFormat('lv', { month: 'long', year: 'numeric', timeZone: 'Europe/Riga' }).format(new Date());
	await expect(usage.getByRole('row', { name: new RegExp(month) }).getByRole('cell').first()).toHaveText(/^[1-9]\d*$/);
	await expectAccessible(page);
});

test('a project’s page lists its materials, and the tour’s event page links to its library item', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto('/lv/projekti/atbalsts-moldovas-regionu-izaugsmei');
	const materials = page.getByRole('region', { name: 'Mācību materiāli' });
	await expect(materials.getByRole('link')).toHaveCount(4);
	expect((await materials.getByRole('link').allTextContents()).sort()).toEqual([
		'Meistarklase: skalu grozu pīšana',
		'Meistarklase: skrubis no dabīgiem augiem',
		'Virtuālā ekskursija: Lielplatones muižas „Vešūzis”',
		'Virtuālā ekskursija: Svētes pils atjaunošana'
	]);
	await expectAccessible(page);

	// the event the tour was shown at: its materials name the library item
	await page.getByRole('region', { name: 'Pasākumi' }).getByRole('link', { name: /Svētes pils atjaunošana/ }).click();
	const eventMaterials = page.getByRole('region', { name: 'Materiāli un ieraksts' });
	await eventMaterials.getByRole('link', { name: 'Virtuālā ekskursija: Svētes pils atjaunošana' }).click();
	await expect(page).toHaveURL(/\/lv\/biblioteka\/svetes-pils-atjaunosana$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Virtuālā ekskursija: Svētes pils atjaunošana');
	await context.close();
});

test('search finds library materials by another form of a word and links to them', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto('/lv/meklet?q=ekskursijas');
	const group = page.getByRole('heading', { name: /mācību materiāli/ });
	await expect(group).toBeVisible();
	await page.getByRole('link', { name: 'Virtuālā ekskursija: Svētes pils atjaunošana' }).click();
	await expect(page).toHaveURL(/\/lv\/biblioteka\/svetes-pils-atjaunosana$/);
	await context.close();
});
