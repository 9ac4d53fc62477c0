import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../helpers';

// the surveys come from surveys/answer-test-surveys.ts (seeded because playwright.config.ts sets SEED_TEST_SURVEYS)
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const OPEN = 'tst-aptauja-atverta';
const CLOSED = 'tst-aptauja-slegta';

test('with JavaScript: a condition shows its question live, errors are listed and keep what was typed, then thanks', async ({ page }) => {
	await page.goto(`/en/aptaujas/${OPEN}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Event feedback' })).toBeVisible();
	const langs = page.getByRole('navigation', { name: 'Survey language' });
	await expect(langs.getByRole('link', { name: 'Latviešu' })).toHaveAttribute('href', `/lv/aptaujas/${OPEN}`);
	await expect(langs.getByRole('link', { name: 'Română' })).toHaveAttribute('href', `/ro/aptaujas/${OPEN}`);

	const where = page.getByLabel('Where exactly?');
	await expect(where).toBeHidden();
	const heard = page.getByRole('group', { name: /How did you hear about the event\?/ });
	await heard.getByLabel('Elsewhere').check();
	await expect(where).toBeVisible();
	await where.fill('At the library');
	await page.getByRole('group', { name: /Rate/ }).getByRole('radio', { name: 'Rooms 4' }).check();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Submit answers' }).click();

	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Please check these answers');
	await expect(summary.getByRole('link', { name: /How useful was the event\?: Please answer this question/ })).toHaveAttribute('href', '#f-q3');
	await expect(page.getByLabel('Where exactly?')).toHaveValue('At the library');
	await expect(page.getByRole('radio', { name: 'Rooms 4' })).toBeChecked();
	await expectAccessible(page);

	await page.getByRole('group', { name: /How useful was the event\?/ }).getByRole('radio', { name: /^4/ }).check();
	await page.getByRole('button', { name: 'Submit answers' }).click();
	await expect(page.getByRole('heading', { name: 'Thank you for your answers!' })).toBeVisible();
});

test('without JavaScript: conditions are written as hints and unmet ones ignored; save, resume, submit', async ({ browser }) => {
	const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	await page.goto(`/lv/aptaujas/${OPEN}`);
	await expect(page.getByText('Atbildiet, ja jautājumā „Kā uzzinājāt par pasākumu?” izvēlējāties: Citur.')).toBeVisible();
	await page.getByRole('group', { name: /Kā uzzinājāt/ }).getByLabel('No draugiem').check();
	await page.getByLabel('Kur tieši?').fill('netiks ņemts vērā');
	await page.getByLabel('Cik gadus saimniekojat?').fill('daudz');
	await page.getByRole('button', { name: 'Iesniegt atbildes' }).click();
	await expect(page.getByText('Lūdzu, ierakstiet skaitli.').first()).toBeVisible();
	await expect(page.getByLabel('Cik gadus saimniekojat?')).toHaveValue('daudz');
	await expect(page.getByLabel('No draugiem')).toBeChecked();

	await page.getByLabel('Cik gadus saimniekojat?').fill('12');
	await page.getByLabel('Jūsu novads').selectOption({ label: 'Jelgavas novads' });
	await page.getByRole('button', { name: 'Saglabāt un turpināt vēlāk' }).click();
	await expect(page.getByRole('heading', { name: 'Atbildes saglabātas' })).toBeVisible();
	await page.getByRole('link', { name: 'Turpināt atbildēt tagad' }).click();
	await expect(page.getByText('Jūsu iepriekš saglabātās atbildes ir ielādētas.')).toBeVisible();
	await expect(page.getByLabel('Cik gadus saimniekojat?')).toHaveValue('12');
	await expect(page.getByLabel('Jūsu novads')).toHaveValue(/\d+/);
	// the unmet condition's answer was dropped when saved
	await expect(page.getByLabel('Kur tieši?')).toHaveValue('');
	await page.getByRole('group', { name: /Cik noderīgs/ }).getByRole('radio', { name: /^5/ }).check();
	await page.getByRole('button', { name: 'Iesniegt atbildes' }).click();
	await expect(page.getByRole('heading', { name: 'Paldies par atbildēm!' })).toBeVisible();
	// the resume link was for one response only
	await page.goBack();
	await page.reload();
	await expect(page.getByText('Šī saite vairs nav derīga')).toBeVisible();
});

async function tabTo(page: Page, matches: () => Promise<boolean>): Promise<void> {
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		if (await matches()) return;
	}
	throw new Error('never reached with Tab');
}

test('keyboard only: answered with Tab, arrows and Space', async ({ page }) => {
	await page.goto(`/en/aptaujas/${OPEN}`);
	await tabTo(page, () => page.locator('#f-q1').evaluate((el) => el === document.activeElement));
	await page.keyboard.press('Space');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel('Elsewhere')).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Where exactly?')).toBeFocused();
	await page.keyboard.type('At the market');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('group', { name: /How useful/ }).getByRole('radio', { name: /^3/ })).toBeChecked();
	await tabTo(page, () => page.getByRole('button', { name: 'Submit answers' }).evaluate((el) => el === document.activeElement));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Thank you for your answers!' })).toBeVisible();
});

test('a closed survey says so; answers sent as it closed come back with a clear message', async ({ page }) => {
	await page.goto(`/lv/aptaujas/${CLOSED}`);
	await expect(page.getByText('Šī aptauja ir slēgta')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Iesniegt atbildes' })).toHaveCount(0);
	await expectAccessible(page);

	// the same questions, sent to the closed survey: as if it closed while the person typed
	await page.goto(`/lv/aptaujas/${OPEN}`);
	await page.getByRole('group', { name: /Kā uzzinājāt/ }).getByLabel('Internetā').check();
	await page.getByLabel('Ko mainītu?').fill('Garāku pusdienu pārtraukumu');
	await page.locator('form.answer').evaluate((form, path) => form.setAttribute('action', path), `/lv/aptaujas/${CLOSED}`);
	await page.getByRole('button', { name: 'Iesniegt atbildes' }).click();
	await expect(page.getByRole('alert')).toContainText('Aptauja tika slēgta, kamēr atbildējāt');
	await expect(page.getByLabel('Ko mainītu?')).toHaveValue('Garāku pusdienu pārtraukumu');
	await expect(page.getByLabel('Internetā')).toBeChecked();
	await expectAccessible(page);
});

test('a draft or unknown survey is not found', async ({ page }) => {
	const res = await page.goto('/lv/aptaujas/nav-tadas-aptaujas');
	expect(res?.status()).toBe(404);
});
