import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { DEMO, signIn } from '../support/auth';

// several pages and a sign-in per test on a busy machine
test.describe.configure({ timeout: 120_000 });

const LIELUPE = '/lv/organizacijas/lauku-partneriba-lielupe/darbs';
const NEED = 'pūču spalvu spilvens';

test('a search for something that does not exist shows up as unmet demand in the LEADER group’s territory, once per visitor', async ({ page, browser }) => {
	// a visitor searches, twice, in Jelgava's municipality; a second visitor once more
	for (const q of [`${NEED} Jelgavas novadā`, `pūču spalvu spilvenu Jelgavas novadā`]) {
		await page.goto(`/lv/meklet?q=${encodeURIComponent(q)}`);
		await expect(page.locator('main')).toContainText(/nekas netika atrasts/i);
	}
	const other = await (await browser.newContext({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Other/1' })).newPage();
	await other.goto(`/lv/meklet?q=${encodeURIComponent(`${NEED} Jelgavas novadā`)}`);
	// a crawler's search is nobody's need
	const bot = await (await browser.newContext({ userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' })).newPage();
	await bot.goto(`/lv/meklet?q=${encodeURIComponent(`${NEED} Jelgavas novadā`)}`);

	// Lielupe's coordinator sees it among the unmet needs of their territory
	await signIn(page, DEMO.territoryEditor);
	await page.goto(LIELUPE);
	await page.getByRole('navigation', { name: 'Darba vietas sadaļas' }).getByRole('link', { name: 'Neapmierinātais pieprasījums' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Neapmierinātais pieprasījums' })).toBeVisible();
	const row = page.getByRole('row').filter({ hasText: 'pucu spalvu spilvens' });
	await expect(row).toBeVisible();
	await expect(row.getByRole('cell').nth(1)).toHaveText('2'); // two visitors; the repeat and the crawler not counted
	await expect(page.getByRole('img', { name: 'Neapmierināti meklējumi pa nedēļām' })).toBeVisible();
	await expectAccessible(page);

	// the chart's numbers are in a table too
	await page.getByText('Skaitļi tabulā').click();
	await expect(page.getByRole('table', { name: 'Neapmierināti meklējumi pa nedēļām' }).getByRole('row')).toHaveCount(13);

	// marked as being addressed, with a note
	await row.getByText('Atzīmēt').click();
	await row.getByLabel('Statuss').selectOption('addressed');
	await row.getByLabel(/Piezīme/).fill('Sarunāts ar Ozolnieku biškopi');
	await row.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(page.getByRole('status')).toHaveText('Atzīme saglabāta.');
	await expect(page.getByRole('row').filter({ hasText: 'pucu spalvu spilvens' })).toContainText('Tiek risināts');
	await expect(page.getByRole('row').filter({ hasText: 'pucu spalvu spilvens' })).toContainText('Sarunāts ar Ozolnieku biškopi');

	// the weekly e-mail
	await page.getByRole('button', { name: 'Pieteikties iknedēļas e-pastam' }).click();
	await expect(page.getByRole('status')).toHaveText('Iknedēļas e-pasts pieteikts.');
	await expect(page.getByRole('button', { name: 'Atteikties no e-pasta' })).toBeVisible();

	// per municipality and per LAG territory
	await page.getByRole('link', { name: 'Teritorijas', exact: true }).click();
	const jelgava = page.getByRole('table', { name: 'Pa novadiem' }).getByRole('row').filter({ hasText: 'Jelgavas novads' });
	// the demo's most searched need there, under whichever of its spellings was typed most in the window
	// (the demo log is generated back from today, so the spelling that wins changes with the date)
	await expect(jelgava.getByRole('listitem').first()).toContainText(/kaz(as|u) sier/);
	await expect(jelgava.getByRole('listitem').first()).toContainText('Tiek risināts'); // with Lielupe's mark
	await expect(page.getByRole('table', { name: /vietējo rīcības grupu/ }).getByRole('row').filter({ hasText: 'Lielupe' })).toContainText('jūsu');
	await expectAccessible(page);

	// demand against supply
	await page.getByRole('link', { name: 'Pieprasījums un piedāvājums' }).click();
	await expect(page).toHaveURL(/\/salidzinajums/); // the territories page also names the category: wait for the new one
	await expect(page.getByRole('row').filter({ hasText: 'Piena produkti un siers' })).toBeVisible();
	await page.getByRole('row').filter({ hasText: 'Piena produkti un siers' }).getByRole('link').click();
	await expect(page.getByRole('heading', { name: 'Piena produkti un siers: pa novadiem' })).toBeVisible();
	await expectAccessible(page);
});

test('supply coverage: a map of Latvia with producers per municipality, a sortable table, filters, LAG totals', async ({ page }) => {
	await signIn(page, 'drosamaja@demo.tuvuma.lv');
	await page.goto('/lv/organizacijas/patverums-drosa-maja/darbs/piedavajums');
	const map = page.getByRole('img', { name: 'Ražotāji pa novadiem' });
	await expect(map).toBeVisible();
	expect(await map.locator('circle').count()).toBeGreaterThan(30);
	await expect(map.locator('circle title').first()).toHaveText(/novads|Rīga|Jelgava|Daugavpils|: \d+/);
	await expectAccessible(page);

	// sorted by the number of producers, largest first, without JavaScript needed (a link)
	await page.getByRole('table', { name: 'Pa novadiem' }).getByRole('columnheader', { name: 'Ražotāji' }).getByRole('link').click();
	await expect(page).toHaveURL(/kartot=razotaji&virziens=dilstosi/);
	const counts = await page.getByRole('table', { name: 'Pa novadiem' }).locator('tbody td').allInnerTexts();
	const numbers = counts.map(Number);
	expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

	// a label filter narrows the count
	const total = await page.locator('.totals').innerText();
	await page.getByLabel('Zīme').selectOption('pvd');
	await page.getByRole('button', { name: 'Rādīt' }).click();
	await expect(page).toHaveURL(/zime=pvd/);
	await expect(page.locator('.totals')).not.toHaveText(total);
	await expect(page.getByRole('table', { name: /vietējo rīcības grupu/ }).getByRole('row').filter({ hasText: 'Pierīgas partnerība' })).toBeVisible();
});

test('staff only: another organisation’s staff get 403, visitors sign in first; the public page shows categories only', async ({ page }) => {
	await page.goto(`${LIELUPE}/pieprasijums`);
	await expect(page).toHaveURL(/\/lv\/ienakt\?next=/);
	await signIn(page, 'pieriga@demo.tuvuma.lv');
	const res = await page.goto(`${LIELUPE}/pieprasijums`);
	expect(res?.status()).toBe(403);
	expect((await page.goto(`${LIELUPE}/intervijas`))?.status()).toBe(403);

	// Lielupe publishes its summary (demo): Jelgava's page names categories, never what was typed
	await page.goto('/lv/novadi/jelgavas-novads');
	const summary = page.getByRole('region', { name: 'Ko šeit meklē' });
	await expect(summary).toBeVisible();
	await expect(summary.getByRole('link').first()).toHaveAttribute('href', /\/lv\/meklet\?category=/);
	await expect(summary).not.toContainText(/kaz(as|u) sier/);
	await expectAccessible(page);
	// Valka's municipality is nobody's published territory
	await page.goto('/lv/novadi/valkas-novads');
	await expect(page.getByRole('region', { name: 'Ko šeit meklē' })).toHaveCount(0);
});
