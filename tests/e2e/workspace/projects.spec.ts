import { expect as baseExpect, test, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { expectAccessible, expectNoBrokenImages } from '../helpers';
import { signIn } from '../support/auth';

// several accounts, mails and long forms per test: slow steps on a busy shared machine get more time
const expect = baseExpect.configure({ timeout: 20_000 });

// a long journey through many pages on a busy machine
test.describe.configure({ timeout: 180_000 });

const EDITOR = 'pieriga-redaktors@demo.tuvuma.lv';
const WORKSPACE = '/lv/organizacijas/pierigas-partneriba/darbs';
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function saved(page: Page, text: string) {
	await expect(page.getByRole('status')).toHaveText(text);
}

test('an editor creates a project with partners and results, edits it, and publishes a news post about it', async ({ page, request }) => {
	const tag = unique();
	const title = `Koprades kopiena Olainē ${tag}`;
	await signIn(page, EDITOR);
	await page.goto(WORKSPACE);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Jauns projekts' }).first().click();
	await expect(page.getByRole('heading', { name: 'Jauns projekts', level: 1 })).toBeVisible();

	await page.getByLabel('Nosaukums', { exact: true }).fill(title);
	await page.getByLabel('Projekta numurs').fill('23-00-A019.332-000101');
	await page.getByLabel('Īss apraksts', { exact: true }).fill('Koprades telpas rezidenti Olainē satiekas un kopā attīsta biznesa idejas.');
	await page.getByLabel('Sākums', { exact: true }).fill('2026-01-01');
	await page.getByLabel('Beigas', { exact: true }).fill('2030-12-31');
	await page.getByLabel('Programma', { exact: true }).fill('Latvijas Lauku attīstības programma 2014.–2020. gadam');
	await page.locator('#f-partners-0-role').selectOption('lead');
	await page.locator('#f-partners-0-organisation').selectOption({ label: 'Pierīgas partnerība' });
	await page.locator('#f-partners-1-name').fill('GAL Nord');
	await page.locator('#f-partners-1-country').selectOption('MD');
	await page.getByText('Rīgas plānošanas reģions', { exact: true }).click();
	await page.getByRole('checkbox', { name: 'Olaines novads' }).check();
	await page.locator('#f-results-0-value').fill('12');
	await page.locator('#f-results-0-label-lv').fill('koprades rezidenti');
	await page.getByText('Publicēts — redzams visiem').click();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	await saved(page, 'Projekts saglabāts.');
	await expect(page.locator('#f-partners-1-name')).toHaveValue('GAL Nord');

	// edit: a third result row comes from the server (no JavaScript needed), what was typed stays
	await page.locator('#f-results-0-value').fill('14');
	await page.getByRole('button', { name: 'Pievienot rindu rezultātam' }).click();
	await expect(page.locator('#f-results-3-value')).toBeVisible();
	await expect(page.locator('#f-results-0-value')).toHaveValue('14');
	await page.locator('#f-results-1-value').fill('2');
	await page.locator('#f-results-1-label-lv').fill('pieredzes braucieni');
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	await saved(page, 'Projekts saglabāts.');

	// the workspace's list of projects shows it as published, with the way to its public page
	await page.goto(`${WORKSPACE}/projekti`);
	const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
	await expect(row).toContainText('publicēts');
	await expectAccessible(page);
	await row.getByRole('link', { name: 'Skatīt publisko lapu' }).click();
	await expect(page).toHaveURL(/\/lv\/projekti\/koprades-kopiena-olaine-/);
	await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
	const project = page.url();
	await expect(page.getByRole('listitem').filter({ hasText: 'koprades rezidenti' })).toContainText('14');
	await expect(page.getByRole('listitem').filter({ hasText: 'pieredzes braucieni' })).toContainText('2');
	await expect(page.getByRole('listitem').filter({ hasText: 'GAL Nord' })).toContainText('Moldova');
	await expect(page.getByRole('listitem').filter({ hasText: 'Vadošais partneris' }).getByRole('link', { name: 'Pierīgas partnerība' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Olaines novads' })).toBeVisible();
	await expectAccessible(page);

	// a news post about the project: a heading made with the toolbar, a list, a link — and a script that must not survive
	await page.goto(`${WORKSPACE}/zinas/jauna`);
	const post = `Rezidenti satikās ${tag}`;
	await page.getByLabel('Virsraksts', { exact: true }).fill(post);
	await page.getByLabel('Projekts').selectOption({ label: title });
	const body = page.getByRole('textbox', { name: 'Teksts' });
	await body.fill('Kas notika');
	await body.selectText();
	await page.getByRole('toolbar').getByRole('button', { name: 'Virsraksts', exact: true }).click();
	await expect(body).toHaveValue('## Kas notika');
	await body.press('End');
	await body.pressSequentially('\n\n- iepazīšanās\n- ideju darbnīca\n\nVairāk: [Pierīgas partnerība](https://www.pierigaspartneriba.lv)\n\n<script>window.hacked = 1</script>');
	await page.getByRole('button', { name: 'Priekšskatījums' }).click();
	await expect(page.locator('.preview h2')).toHaveText('Kas notika');
	await page.getByRole('button', { name: 'Priekšskatījums' }).click();
	await page.getByText('Publicēt — redzama visiem').click();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	await saved(page, 'Ziņa saglabāta un publicēta.');

	await page.getByRole('link', { name: 'Skatīt publicēto ziņu' }).click();
	await expect(page).toHaveURL(/\/lv\/zinas\/rezidenti-satikas-/);
	await expect(page.getByRole('heading', { name: post, level: 1 })).toBeVisible();
	const article = page.locator('.post .body');
	await expect(article.getByRole('heading', { name: 'Kas notika', level: 2 })).toBeVisible();
	await expect(article.getByRole('listitem')).toHaveText(['iepazīšanās', 'ideju darbnīca']);
	await expect(article.getByRole('link', { name: 'Pierīgas partnerība' })).toHaveAttribute('href', 'https://www.pierigaspartneriba.lv');
	expect(await article.locator('script').count()).toBe(0);
	expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
	await expectAccessible(page);

	// in the news list, the card names the organisation and the project, apart
	await page.goto('/lv/zinas');
	await expect(page.getByRole('article').filter({ hasText: post })).toContainText(`Pierīgas partnerība · ${title}`);

	// on the project's page, in its Atom feed, on the organisation's page
	await page.goto(project);
	await expect(page.getByRole('region', { name: 'Ziņas' }).getByRole('link', { name: post })).toBeVisible();
	const feedUrl = new URL(project).pathname + '/zinas.atom';
	const feed = await new Parser().parseString(await (await request.get(feedUrl)).text());
	expect(feed.items[0].title).toBe(post);
	expect(feed.items[0].link).toMatch(/\/lv\/zinas\/rezidenti-satikas/);
	expect(feed.items[0].content).toContain('ideju darbnīca');
	expect(feed.items[0].content).not.toContain('hacked');
	await page.goto('/lv/organizacijas/pierigas-partneriba');
	await expect(page.getByRole('region', { name: 'Ziņas' }).getByRole('link', { name: post })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Pašreizējie projekti' }).getByRole('link', { name: title })).toBeVisible();
	await expectAccessible(page);
	// and on the municipality's page, as a project working there
	await page.goto('/lv/novadi/olaines-novads');
	await expect(page.getByRole('region', { name: 'Pašreizējie projekti' }).getByRole('link', { name: title })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a project and a news post with a picture are created with plain forms', async ({ page }) => {
		const tag = unique();
		await signIn(page, EDITOR);
		await page.goto(`${WORKSPACE}/projekti/jauns`);
		await page.getByLabel('Nosaukums', { exact: true }).fill(`Bez skriptiem ${tag}`);
		await page.getByLabel('Sākums', { exact: true }).fill('2026-02-01');
		// a refused save keeps everything typed and names what is missing
		await page.getByRole('button', { name: 'Saglabāt' }).click();
		await expect(page.getByRole('alert')).toContainText('Īss apraksts: Aizpildiet šo lauku.');
		await expect(page.getByLabel('Nosaukums', { exact: true })).toHaveValue(`Bez skriptiem ${tag}`);
		await page.getByRole('button', { name: 'Pievienot rindu partnerim' }).click();
		await expect(page.locator('#f-partners-2-name')).toBeVisible();
		await page.locator('#f-partners-2-name').fill('Partneris bez kataloga');
		await page.getByLabel('Īss apraksts', { exact: true }).fill('Izveidots bez JavaScript.');
		await page.getByText('Publicēts — redzams visiem').click();
		await page.getByRole('button', { name: 'Saglabāt' }).click();
		await saved(page, 'Projekts saglabāts.');
		await expect(page.locator('#f-partners-0-name')).toHaveValue('Partneris bez kataloga');

		await page.goto(`${WORKSPACE}/zinas/jauna`);
		await expect(page.getByRole('toolbar')).toHaveCount(0);
		await page.getByLabel('Virsraksts', { exact: true }).fill(`Ziņa ar attēlu ${tag}`);
		await page.getByRole('textbox', { name: 'Teksts' }).fill('## Bilde\n\nŠeit ir attēls:');
		const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#6a994e' } }).png().toBuffer();
		await page.getByLabel('Attēla fails').setInputFiles({ name: 'koprade.png', mimeType: 'image/png', buffer: png });
		await page.getByLabel('Attēla apraksts').fill('Rezidenti pie galda');
		await page.getByText('Publicēt — redzama visiem').click();
		await page.getByRole('button', { name: 'Saglabāt' }).click();
		await saved(page, 'Ziņa saglabāta un publicēta.');
		await page.getByRole('link', { name: 'Skatīt publicēto ziņu' }).click();
		await expect(page.getByRole('img', { name: 'Rezidenti pie galda' })).toHaveAttribute('src', /^\/media\/[0-9a-f-]{36}\/1280\.webp$/);
		await expectNoBrokenImages(page);
	});
});

test('staff of another organisation get 403 on this organisation’s project and news pages and posts', async ({ page }) => {
	await signIn(page, 'lielupe@demo.tuvuma.lv');
	for (const path of [`${WORKSPACE}/projekti`, `${WORKSPACE}/projekti/jauns`, `${WORKSPACE}/zinas/jauna`]) {
		expect((await page.goto(path))?.status(), path).toBe(403);
	}
	const origin = new URL(page.url()).origin;
	const forged = await page.request.post(`${WORKSPACE}/projekti/jauns?/save`, {
		multipart: { 'title.lv': 'Svešs projekts', 'summary.lv': 'x', startsOn: '2026-01-01', status: 'published' },
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(forged.status()).toBe(403);
	const preview = await page.request.post(`${WORKSPACE}/zinas/priekskatijums`, { multipart: { body: '# x' }, headers: { origin } });
	expect(preview.status()).toBe(403);
	// their own workspace works
	expect((await page.goto('/lv/organizacijas/lauku-partneriba-lielupe/darbs/projekti/jauns'))?.status()).toBe(200);
});

test('the project and news forms and the public pages fit a 375 px phone without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await signIn(page, EDITOR);
	for (const path of [`${WORKSPACE}/projekti/jauns`, `${WORKSPACE}/zinas/jauna`, '/lv/projekti', '/lv/projekti/coworking-spaces-in-rural-areas', '/lv/zinas']) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	// a territory abroad names its country, apart from its name
	await page.goto('/lv/projekti/atbalsts-moldovas-regionu-izaugsmei');
	await expect(page.getByRole('region', { name: 'Teritorija' }).getByRole('listitem').first()).toHaveText('Bălți (Moldova)');
});
