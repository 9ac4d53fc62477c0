import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { addOwnSalesPoint, approveInQueue, createListing, newVerifiedUser, signedIn, signIn, unique, uniqueEmail } from './flow';
import { isOpenAt } from '../../../src/lib/domain/opening-hours';

// the seed's autumn fair: the last weekend of September, every year
const FAIR = 'Sep Sa[-1],Sa[-1] +1 day 10:00-17:00';

test.describe('seasonal opening hours', () => {
	test('a yearly fair says when it opens next, is not "open now" on other Saturdays, and the API gives its opening_hours', async ({ page, request }) => {
		test.setTimeout(60_000);
		const fairIsOn = isOpenAt([FAIR], new Date());
		await page.goto('/lv/tirdzniecibas-vietas/siguldas-rudens-gadatirgus');
		const hours = page.locator('section[aria-labelledby="hours-h"]');
		await expect(hours.getByText(/septembris \(katru gadu\)/)).toBeVisible();
		if (!fairIsOn) await expect(hours.getByText(/^Slēgts, nākamreiz atvērts: 2\d\. septembris, 10:00$/)).toBeVisible();
		// never "opens today" or a weekday of this week, which is what weekly hours said all year
		if (!fairIsOn) await expect(hours.getByText(/atver (šodien|rīt|sestdien|svētdien)/)).toHaveCount(0);
		await expectAccessible(page);

		await page.goto('/lv/meklet?q=Sigulda&type=sales_point&open=1');
		await expect(page.getByRole('link', { name: 'Siguldas rudens gadatirgus' })).toHaveCount(fairIsOn ? 1 : 0);

		const api = await request.get('/api/v1/sales-points/siguldas-rudens-gadatirgus');
		const body = (await api.json()).data;
		expect(body).toMatchObject({ opening_hours_osm: FAIR, opening_hours: [], open_now: fairIsOn });
		expect(body.opening_days).toHaveLength(7);
	});

	test.describe('the owner edits them', () => {
		test.setTimeout(180_000);

		test('several intervals a day, a season, a yearly fair, a closed week and holidays — and the raw text for those who know it', async ({ browser }) => {
			const owner = await newVerifiedUser(browser, uniqueEmail('sezona'));
			const producer = unique('Sezonas sēta');
			const dashboard = await createListing(owner, { name: producer, email: uniqueEmail('sezona') });
			const moderator = await signedIn(browser, 'moderators@demo.tuvuma.lv');
			await approveInQueue(moderator, producer);

			const point = unique('Vasaras galds');
			await addOwnSalesPoint(owner, dashboard, point);

			const card = owner.locator('li.card', { has: owner.getByRole('heading', { name: point }) });
			// Saturday with a lunch break
			await card.getByLabel('sestdien: atver').fill('09:00');
			await card.getByLabel('sestdien: slēdz').fill('12:00');
			await card.getByRole('button', { name: 'Pievienot laiku (sestdien)' }).click();
			await card.getByLabel('sestdien, 2. laiks: atver').fill('13:00');
			await card.getByLabel('sestdien, 2. laiks: slēdz').fill('16:00');
			// Sundays only from May to September
			await card.getByText('Sezonas', { exact: true }).click();
			await card.getByRole('button', { name: '+ Pievienot sezonu' }).click();
			await card.getByLabel('No: Mēnesis').selectOption({ label: 'maijs' });
			await card.getByLabel('No: Datums').fill('1');
			await card.getByLabel('Līdz: Mēnesis').selectOption({ label: 'septembris' });
			await card.getByLabel('Līdz: Datums').fill('30');
			await card.getByRole('checkbox', { name: 'Sv.' }).check();
			await card.getByLabel('1. Atver').fill('10:00');
			await card.getByLabel('1. Slēdz').fill('14:00');
			// a yearly fair on the last weekend of September
			await card.getByText('Gadatirgi un ikmēneša dienas').click();
			await card.getByRole('button', { name: '+ Pievienot gadatirgu vai ikmēneša dienu' }).click();
			await card.getByLabel('Kura').selectOption({ label: 'pēdējā' });
			await card.getByLabel('Nedēļas diena').selectOption({ value: 'weekend' });
			await card.getByLabel('Mēnesis', { exact: true }).selectOption({ label: 'septembris' });
			await card.locator('fieldset.rule', { has: owner.getByLabel('Kura') }).getByLabel('1. Atver').fill('10:00');
			await card.locator('fieldset.rule', { has: owner.getByLabel('Kura') }).getByLabel('1. Slēdz').fill('17:00');
			// closed for a week, and on public holidays
			await card.getByText('Datumi un izņēmumi').click();
			await card.getByRole('button', { name: '+ Pievienot datumu vai izņēmumu' }).click();
			await card.getByLabel('Datums', { exact: true }).fill('2027-01-04');
			await card.getByLabel('Līdz datumam (nav obligāti)').fill('2027-01-10');
			await card.getByLabel('Šajās dienās slēgts').check();
			await card.getByLabel('Valsts svētku dienās slēgts').check();

			const raw = card.getByRole('textbox', { name: 'Teksts OpenStreetMap pierakstā (opening_hours)' });
			await card.locator('summary', { hasText: 'Teksts OpenStreetMap pierakstā' }).click();
			const expected = 'Sa 09:00-12:00,13:00-16:00; May 01-Sep 30 Su 10:00-14:00; PH off; Sep Sa[-1],Sa[-1] +1 day 10:00-17:00; 2027 Jan 04-2027 Jan 10 off';
			await expect(raw).toHaveValue(expected);
			await expectAccessible(owner);
			await card.getByRole('button', { name: `Saglabāt “${point}” darba laiku` }).click();
			await expect(card.getByRole('status')).toHaveText('Saglabāts. Izmaiņas būs redzamas, kad moderators tās apstiprinās.');

			// a mistake in the text: a clear message, and what was typed stays
			await card.locator('summary', { hasText: 'Teksts OpenStreetMap pierakstā' }).click();
			await raw.fill('Sa 09:00 līdz 16:00');
			await card.getByRole('button', { name: `Saglabāt “${point}” darba laiku` }).click();
			await expect(card.getByRole('alert')).toContainText('Darba laiku nevarēja saglabāt');
			await expect(card.getByText(/Šo tekstu nevar nolasīt; pārbaudiet, kas seko pēc “Sa 09:00/)).toBeVisible();
			await expect(raw).toHaveValue('Sa 09:00 līdz 16:00');
			await expectAccessible(owner);

			await approveInQueue(moderator, point);
			await owner.goto(`${dashboard}/vietas`);
			await owner.getByRole('link', { name: point }).click();
			const hours = owner.locator('section[aria-labelledby="hours-h"]');
			await expect(hours.getByText('S.', { exact: true })).toBeVisible();
			await expect(hours.getByText('9:00–12:00, 13:00–16:00').first()).toBeVisible();
			await expect(hours.getByText(/maijs.*septembris, Sv\./)).toBeVisible();
			await expect(hours.getByText(/septembris \(katru gadu\)/)).toBeVisible();
			await expect(hours.getByText('Valsts svētku dienās')).toBeVisible();
		});

		test('without JavaScript a season is added by a round trip and saved', async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const owner = await context.newPage();
			// the demo producer's own farm shop (its published hours change at once)
			await signIn(owner, 'kalnmuiza@demo.tuvuma.lv');
			await owner.goto('/lv/mans');
			await owner.getByRole('link', { name: 'Z/S "Kalnmuižas"' }).first().click();
			await owner.goto(`${owner.url().replace(/\?.*$/, '')}/vietas`);
			const card = owner.locator('li.card', { has: owner.getByRole('link', { name: '"Kalnmuižu" saimniecības veikaliņš' }) });
			await card.getByText('Sezonas', { exact: true }).click();
			await card.getByRole('button', { name: '+ Pievienot sezonu' }).click();
			const fresh = owner.locator('li.card', { has: owner.getByRole('link', { name: '"Kalnmuižu" saimniecības veikaliņš' }) });
			await fresh.getByLabel('No: Mēnesis').selectOption({ label: 'jūnijs' });
			await fresh.getByLabel('No: Datums').fill('1');
			await fresh.getByLabel('Līdz: Mēnesis').selectOption({ label: 'augusts' });
			await fresh.getByLabel('Līdz: Datums').fill('31');
			await fresh.getByRole('checkbox', { name: 'Sv.' }).check();
			await fresh.getByLabel('1. Atver').fill('11:00');
			await fresh.getByLabel('1. Slēdz').fill('15:00');
			await fresh.getByRole('button', { name: /^Saglabāt .* darba laiku$/ }).click();
			await expect(owner.getByRole('status').filter({ hasText: 'Darba laiks saglabāts' })).toBeVisible();
			await expect(owner.locator('textarea[name="hours_raw"]').first()).toHaveValue(/Jun 01-Aug 31 Su 11:00-15:00/);
			await context.close();
		});
	});
});
