import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const EDITOR = 'pieriga-redaktors@demo.tuvuma.lv';
const REPORT = '/lv/organizacijas/pierigas-partneriba/darbs/ietekme';
const PROJECT = 'veiksmigs-socialais-uznemejs-lauku-teritorija';
const TITLE = 'Veiksmīgs sociālais uzņēmējs lauku teritorijā';

const figure = (page: Page, label: string) => page.locator('dl div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');

test('staff open the social-entrepreneurship project’s report, see its figures and the records behind one', async ({ page }) => {
	await signIn(page, EDITOR);
	await page.goto(REPORT);
	await page.getByLabel('Pārskata priekšmets').selectOption({ label: `Projekts: ${TITLE}` });
	await page.getByRole('button', { name: 'Rādīt' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
	await expect(page).toHaveURL(/par=project%3A|par=project:/);

	const unique = Number((await figure(page, 'Dažādi dalībnieki').innerText()).replace(/\s/g, ''));
	expect(unique).toBeGreaterThanOrEqual(285);
	expect(unique).toBeLessThanOrEqual(315);
	await expect(figure(page, 'Notikušie pasākumi')).toHaveText('8');
	await expect(figure(page, 'Mentorējamie')).toHaveText('20');
	await expect(page.getByRole('row', { name: /Olaines novads/ })).toContainText('Projekta teritorijā');
	await expect(page.getByRole('img', { name: 'Dalībnieku novadi kartē' })).toBeVisible();
	await expect(page.getByRole('img', { name: 'Pasākumi pēc veida' })).toBeVisible();
	await expect(page.getByText(/Respondenti: 169/)).toBeVisible();
	// the exports take the same query string (their routes are wired separately)
	await expect(page.getByRole('link', { name: 'Lejupielādēt XLSX' })).toHaveAttribute('href', /\/ietekme\/xlsx\?par=project(:|%3A)[0-9a-f-]{36}/);
	await expect(page.getByRole('link', { name: 'Lejupielādēt PDF' })).toHaveAttribute('href', /\/ietekme\/pdf\?par=project(:|%3A)[0-9a-f-]{36}/);
	await expectAccessible(page);

	// a figure equals the number of records behind it
	const repeat = (await figure(page, 'Atkārtoti dalībnieki (2 un vairāk pasākumi)').innerText()).replace(/\s/g, '');
	await figure(page, 'Atkārtoti dalībnieki (2 un vairāk pasākumi)').getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ieraksti aiz skaitļa: Atkārtoti dalībnieki (2 un vairāk pasākumi)');
	const count = (await page.getByText(/Ierakstu skaits: [\d\s]+/).innerText()).replace(/\D/g, '');
	expect(count).toBe(repeat);
	const rows = page.getByRole('region', { name: /Atkārtoti dalībnieki/ }).locator('tbody tr');
	expect(await rows.count()).toBeGreaterThan(30);
	await expect(rows.first().locator('td').first()).toHaveText(/^[2-9]$/);
	await expectAccessible(page);
	await page.getByRole('link', { name: /Atpakaļ uz pārskatu/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
});

test('the public summary of a project: figures without names or records, linked from the project page', async ({ page }) => {
	await page.goto(`/lv/projekti/${PROJECT}`);
	await page.getByRole('link', { name: 'Projekta ietekmes kopsavilkums' }).first().click();
	await expect(page).toHaveURL(new RegExp(`/lv/projekti/${PROJECT}/ietekme$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
	await expect(figure(page, 'Notikušie pasākumi')).toHaveText('8');
	expect(await page.locator('a[href*="/ieraksti"]').count()).toBe(0);
	expect(await page.locator('a[href*="/darbs/"]').count()).toBe(0);
	await expect(page.getByText(/@dalibnieki\.example\.lv/)).toHaveCount(0);
	await expectAccessible(page);

	// without a sign-in the staff report is closed
	const staff = await page.goto(REPORT);
	expect(page.url().includes('/ienakt') || (staff?.status() ?? 200) >= 400).toBe(true);
});
