import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import { fillSuggestion, MIN_FILL_MS, unique } from '../moderation/flow';
import { DEMO } from '../support/auth';
import { signIn } from './flow';

/**
 * Every field a form cannot be sent without is marked with * beside its label and carries `required`
 * (screen readers say "required"); no optional field carries the mark. The server's own checks stay.
 */
async function requiredMarks(page: Page) {
	return page.locator('main form').evaluateAll((forms) =>
		forms.flatMap((form) =>
			[...form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input:not([type=hidden]), select, textarea')].flatMap((control) => {
				if (control.closest('[aria-hidden="true"], .visually-hidden') || control.name === 'fax_number') return [];
				const group = control.type === 'radio' ? control.closest('fieldset')?.querySelector('legend') : null;
				const label = group ?? control.labels?.[0];
				if (!label) return [];
				// the mark sits beside a label (so the field's name stays clean) or at the end of a group's legend
				const starred = /\*\s*$/.test(label.textContent ?? '') || !!label.parentElement?.querySelector(':scope > .required-mark');
				return [{ field: `${control.name}: ${label.textContent?.trim().slice(0, 40)}`, required: control.required, starred }];
			})
		)
	);
}

async function expectMarksMatch(page: Page, path: string, mustRequire: string[]) {
	await page.goto(path);
	const marks = await requiredMarks(page);
	for (const m of marks) expect(m.starred, `${path} ${m.field}`).toBe(m.required);
	const required = marks.filter((m) => m.required).map((m) => m.field.split(':')[0]);
	for (const name of mustRequire) expect(required, `${path} requires ${name}`).toContain(name);
}

test('required fields are marked and required on the suggestion, sign-up, account and producer dashboard forms', async ({ page }) => {
	test.setTimeout(90_000);
	await expectMarksMatch(page, '/lv/ieteikt', ['name', 'kind', 'whatTheyMake', 'municipalityId', 'suggesterEmail']);
	await expectMarksMatch(page, '/lv/registreties', ['name', 'email', 'password']);
	await signIn(page, DEMO.producer);
	await expectMarksMatch(page, '/lv/konts', ['name']);
	await page.goto('/lv/mans');
	const dashboard = await page.locator('main a[href*="/mans/"]').first().getAttribute('href');
	await expectMarksMatch(page, dashboard!, ['name', 'kind', 'description', 'municipalityId', 'locationPrecision', 'file', 'alt']);
	await expectMarksMatch(page, `${dashboard}/produkti`, ['name', 'categoryId']);
	await expectMarksMatch(page, `${dashboard}/vietas`, ['name', 'kind', 'municipalityId', 'locationPrecision']);
	await expectMarksMatch(page, '/lv/razotajiem/jauns', ['name', 'kind', 'description', 'municipalityId', 'locationPrecision']);
});

test('a chosen photo stays chosen when another field of the suggestion is refused, and what was typed stays', async ({ page }) => {
	test.setTimeout(90_000);
	await fillSuggestion(page, { name: unique('Foto paliek sēta'), municipality: 'Siguldas novads', email: 'nav-e-pasts', phone: '29 000 111' });
	const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#6a994e' } }).jpeg().toBuffer();
	await page.getByLabel('Foto (nav obligāti)').setInputFiles({ name: 'maize.jpg', mimeType: 'image/jpeg', buffer: jpeg });
	await page.waitForTimeout(MIN_FILL_MS);
	await page.getByRole('button', { name: 'Nosūtīt ieteikumu' }).click();
	await expect(page.locator('#s-me-error')).toBeVisible();
	expect(await page.getByLabel('Foto (nav obligāti)').evaluate((input: HTMLInputElement) => input.files?.[0]?.name ?? '')).toBe('maize.jpg');
	await expect(page.getByLabel('Tālrunis')).toHaveValue('29 000 111');
});

test('a new product waits for review showing its price per unit, and the add form is emptied once saved', async ({ page }) => {
	test.setTimeout(90_000);
	await signIn(page, DEMO.producer);
	await page.goto('/lv/mans');
	const dashboard = await page.locator('main a[href*="/mans/"]').first().getAttribute('href');
	await page.goto(`${dashboard}/produkti`);
	await page.waitForLoadState('networkidle');
	const name = unique('Ķiršu ievārījums');
	const add = page.locator('form[action="?/add"]');
	await add.getByLabel('Produkta nosaukums').fill(name);
	await add.getByLabel('Kategorija').selectOption({ index: 1 });
	await add.getByLabel('Cena, €').fill('3,40');
	await add.getByLabel('Mērvienība').selectOption('kg');
	await add.getByRole('button', { name: 'Pievienot produktu' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'gaida pārbaudi' })).toBeVisible();
	await expect(add.getByLabel('Produkta nosaukums')).toHaveValue('');
	await expect(add.getByLabel('Cena, €')).toHaveValue('');
	const waiting = page.locator('li.waiting', { has: page.getByRole('heading', { name }) });
	await expect(waiting).toHaveCount(1);
	await expect(waiting).toContainText('3,40 € / kg');

	// the owner sees a mistake while it waits: corrects the price, then thinks better of it and withdraws it
	await waiting.getByText(`Labot „${name}”`).click();
	await expect(waiting.getByLabel('Produkta nosaukums')).toHaveValue(name);
	await waiting.getByLabel('Cena, €').fill('3,90');
	await waiting.getByRole('button', { name: 'Nosūtīt labojumu' }).click();
	const corrected = page.locator('li.waiting', { has: page.getByRole('heading', { name }) });
	await expect(corrected).toContainText('3,90 € / kg');
	await expect(corrected).toHaveCount(1);
	await corrected.getByRole('button', { name: `Atsaukt „${name}”` }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Produkts atsaukts' })).toBeVisible();
	await expect(page.locator('li.waiting', { has: page.getByRole('heading', { name }) })).toHaveCount(0);
});
