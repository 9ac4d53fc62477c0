import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { daysAhead, ORG, publicPathOf, STAFF } from './flow';

// a shared two-core machine: pages with axe checks and mail round trips need more than the default 30 s
test.describe.configure({ timeout: 120_000 });

test('the event form names what is wrong, keeps what was typed, and a double click publishes one event', async ({ page }) => {
	await signIn(page, STAFF.editor);
	await page.goto(`/lv/organizacijas/${ORG}/darbs/pasakumi/jauns`);
	await expectAccessible(page);
	const title = `Tirdziņš pie bibliotēkas ${Date.now().toString(36)}`;
	await page.getByLabel('Nosaukums (latviski)').fill(title);
	await page.getByLabel('Datums', { exact: true }).fill(daysAhead(12));
	await page.getByLabel('Sākuma laiks').fill('14:00');
	await page.getByLabel('Beigu laiks').fill('11:00');
	await page.getByLabel('Vietu skaits').fill('desmit');
	await page.getByRole('button', { name: 'Publicēt' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Beigu laiks');
	await expect(summary).toContainText('Vietu skaits');
	await expect(summary).toContainText('Adrese');
	await expect(page.getByLabel('Nosaukums (latviski)')).toHaveValue(title);
	await expect(page.getByLabel('Vietu skaits')).toHaveValue('desmit');

	await page.getByLabel('Beigu laiks').fill('17:00');
	await page.getByLabel('Vietu skaits').fill('40');
	await page.getByLabel('Adrese', { exact: true }).fill('Brīvības iela 10, Ogre');
	await page.getByRole('button', { name: 'Publicēt' }).dblclick();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await page.goto(`/lv/organizacijas/${ORG}/darbs/pasakumi`);
	await expect(page.getByRole('link', { name: title })).toHaveCount(1);
	await expectAccessible(page);
});

test('another organisation’s coordinator cannot open this organisation’s events', async ({ page }) => {
	await signIn(page, STAFF.otherCoordinator);
	const res = await page.goto(`/lv/organizacijas/${ORG}/darbs/pasakumi`);
	expect(res?.status()).toBe(403);
});

test('staff choose the event’s project: kept on a refused submit, linked from the event page, listed on the project page and in the calendar', async ({ page }) => {
	const project = 'Veiksmīgs sociālais uzņēmējs lauku teritorijā';
	const projectSlug = 'veiksmigs-socialais-uznemejs-lauku-teritorija';
	await signIn(page, STAFF.editor);
	await page.goto(`/lv/organizacijas/${ORG}/darbs/pasakumi/jauns`);
	const choice = page.getByLabel('Projekts', { exact: true });
	// only the organisation's own projects: another organisation's Latvia–Moldova project is not offered
	await expect(choice.locator('option', { hasText: 'Atbalsts Moldovas' })).toHaveCount(0);
	const title = `Sociālo uzņēmēju darbnīca ${Date.now().toString(36)}`;
	await page.getByLabel('Nosaukums (latviski)').fill(title);
	await choice.selectOption({ label: project });
	await page.getByLabel('Datums', { exact: true }).fill(daysAhead(11));
	await page.getByLabel('Sākuma laiks').fill('10:00');
	await page.getByLabel('Beigu laiks').fill('13:00');
	await page.getByLabel('Adrese', { exact: true }).fill('Jelgavas iela 9, Olaine');
	await page.getByLabel('Vietu skaits').fill('divdesmit');
	await page.getByRole('button', { name: 'Publicēt' }).click();
	await expect(page.getByRole('alert')).toContainText('Vietu skaits');
	await expect(choice.locator('option:checked')).toHaveText(project);

	await page.getByLabel('Vietu skaits').fill('20');
	await page.getByRole('button', { name: 'Publicēt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByLabel('Projekts', { exact: true }).locator('option:checked')).toHaveText(project);

	await page.goto(await publicPathOf(page));
	const link = page.getByRole('link', { name: project });
	await expect(link).toHaveAttribute('href', `/lv/projekti/${projectSlug}`);
	await expectAccessible(page);
	await link.click();
	await expect(page.getByRole('region', { name: 'Pasākumi' }).getByRole('link', { name: title })).toBeVisible();

	await page.goto(`/lv/pasakumi?projekts=${projectSlug}`);
	await expect(page.getByRole('link', { name: title })).toBeVisible();
	// the filter's label wraps its select, so the select is named by the label and its chosen option too
	await expect(page.getByRole('combobox', { name: /^Projekts/ }).locator('option:checked')).toHaveText(project);
	await expectAccessible(page);
});

test('the workspace’s event pages fit a 375 px phone: the tab bar scrolls inside itself, a stop’s long options do not push the page sideways', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await signIn(page, STAFF.coordinator);
	for (const path of [`/lv/organizacijas/${ORG}/darbs/pasakumi/jauns`, `/lv/organizacijas/${ORG}/darbs/pasakumi`, `/lv/organizacijas/${ORG}/darbs`]) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	// every tab is still reachable: the bar is one row that scrolls, the current tab among its links
	const tabs = page.getByRole('navigation', { name: 'Darba vietas sadaļas' });
	await expect(tabs.getByRole('link')).not.toHaveCount(0);
	const bar = await tabs.locator('ul').evaluate((ul) => ({ scrolls: ul.scrollWidth > ul.clientWidth, height: ul.getBoundingClientRect().height }));
	expect(bar.scrolls).toBe(true);
	expect(bar.height).toBeLessThan(60);
});
