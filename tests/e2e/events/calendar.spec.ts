import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { expectAccessible } from '../helpers';
import { apiGet, expectInvalid } from '../api/contract';

// a shared two-core machine: pages with axe checks and mail round trips need more than the default 30 s
test.describe.configure({ timeout: 120_000 });

type Json = Record<string, unknown>;
type EventItem = Json & { slug: string; name: string; kind: string; online: boolean; starts_at: string; organisation: { slug: string } };

test('the calendar lists upcoming events and filters them without JavaScript; the month view has the same events', async ({ browser }) => {
	const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	await page.goto('/lv/pasakumi');
	await expect(page.getByRole('heading', { level: 1, name: 'Pasākumu kalendārs' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Kazas siera darbnīca „Ozolkalnā”' })).toBeVisible();
	await page.getByText('Pasākumu atlase').click();
	await page.getByLabel('Vebinārs').check();
	await page.getByLabel('Norise').selectOption('1');
	await page.getByRole('button', { name: 'Atlasīt' }).click();
	await expect(page).toHaveURL(/veids=webinar.*tiessaiste=1/);
	await expect(page.getByRole('link', { name: 'Vebinārs: kā pārdot mājražojumus internetā' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Kazas siera darbnīca „Ozolkalnā”' })).toHaveCount(0);

	await page.goto('/lv/pasakumi?skats=menesis&menesis=2022-03');
	await expect(page.getByRole('table')).toContainText('Pieredzes brauciens: koprades telpas Lielvārdē un Ogrē');
	await expect(page.getByRole('cell', { name: /^25/ })).toContainText('„Dzīvoklis” Olainē');
	await page.getByRole('link', { name: /Nākamais mēnesis/ }).click();
	await expect(page.getByRole('table')).toHaveAccessibleName(/aprīlis/);
	// axe runs inside the page: the same month view is checked in a context with JavaScript
	const withJs = await (await browser.newContext()).newPage();
	await withJs.goto(page.url());
	await expectAccessible(withJs);
});

test('an event page: facts, itinerary linked to the directory, schema.org Event without the join link', async ({ page }) => {
	await page.goto('/lv/pasakumi?pagajusie=1&organizacija=pierigas-partneriba&veids=study_visit');
	await page.getByRole('link', { name: 'Pieredzes brauciens: „Dzīvoklis” Olainē, Tīraine un Mārupe' }).click();
	await expect(page.getByText('piektdiena, 2022. gada 25. marts')).toBeVisible();
	const itinerary = page.getByRole('region', { name: 'Maršruts' });
	await expect(itinerary.getByRole('link')).toHaveText(['Dzīvoklis', 'Biznesa vēstniecība', /Mārupes/, 'Mārupes tūrisma informācijas punkts']);
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
	expect(ld).toMatchObject({ '@type': 'Event', startDate: '2022-03-25T08:00:00.000Z', organizer: { name: 'Pierīgas partnerība' } });
	await itinerary.getByRole('link', { name: 'Biznesa vēstniecība' }).click();
	await expect(page.getByRole('region', { name: 'Pasākumi šeit' })).toContainText('Pieredzes brauciens: „Dzīvoklis” Olainē');
	await expectAccessible(page);

	await page.goto('/lv/pasakumi?tiessaiste=1');
	await page.getByRole('link', { name: 'Vebinārs: kā pārdot mājražojumus internetā' }).click();
	await expect(page.getByText(/Pieslēgšanās saiti saņemsiet e-pastā/)).toBeVisible();
	expect(await page.content()).not.toContain('meet.example.lv');
});

test('organisation, municipality and producer pages show their events', async ({ page }) => {
	await page.goto('/lv/organizacijas/lauku-partneriba-lielupe');
	await expect(page.getByRole('region', { name: 'Gaidāmie pasākumi' })).toContainText('Kazas siera darbnīca „Ozolkalnā”');
	await page.goto('/lv/novadi/jelgavas-novads');
	await expect(page.getByRole('region', { name: 'Gaidāmie pasākumi' })).toContainText('Kazas siera darbnīca');
	await page.goto('/lv/razotaji/ozolkalna-kazas');
	await expect(page.getByRole('region', { name: 'Pasākumi šeit' })).toContainText('Kazas siera darbnīca');
});

test('iCal feeds (all, per organisation, per municipality) parse back', async ({ request }) => {
	const parse = async (url: string) => {
		const res = await request.get(url);
		expect(res.headers()['content-type']).toContain('text/calendar');
		return new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('summary')));
	};
	expect(await parse('/lv/pasakumi/kalendars.ics')).toEqual(expect.arrayContaining(['Kazas siera darbnīca „Ozolkalnā”', 'Vebinārs: kā pārdot mājražojumus internetā']));
	const lielupe = await parse('/en/pasakumi/kalendars.ics?organizacija=lauku-partneriba-lielupe');
	expect(lielupe).toEqual(['Goat cheese workshop at Ozolkalns']);
	expect(await parse('/lv/pasakumi/kalendars.ics?novads=marupes-novads')).toEqual(['Pieredzes brauciens pie Pierīgas mājražotājiem']);
});

test('/api/v1/events and /api/v1/events/{slug} match the OpenAPI document and carry nothing personal', async ({ request }) => {
	const list = await apiGet<{ data: EventItem[]; meta: { total: number } }>(request, '/api/v1/events?per_page=2');
	expect(list.status).toBe(200);
	expect(list.body.data).toHaveLength(2);
	expect(list.body.meta.total).toBeGreaterThanOrEqual(4);
	const past = await apiGet<{ data: EventItem[] }>(request, '/api/v1/events?when=past&kind=webinar&per_page=100&lang=en');
	expect(past.body.data.length).toBeGreaterThanOrEqual(12);
	expect(past.body.data.map((e) => e.name)).toContain('Webinar: The role of LEADER in local producers’ competitiveness');
	const one = await apiGet<{ data: EventItem & { itinerary: { type: string; slug: string }[]; capacity: number; places_left: number } }>(request, `/api/v1/events/${list.body.data.find((e) => e.kind === 'workshop')?.slug ?? list.body.data[1].slug}`);
	expect(one.status).toBe(200);
	const text = JSON.stringify(one.body) + JSON.stringify(past.body);
	expect(text).not.toMatch(/@dalibnieki\.example\.lv|meet\.example\.lv/);
	const visit = await apiGet<{ data: { itinerary: { type: string; slug: string }[] } }>(request, '/api/v1/events?when=past&kind=study_visit&organisation=pierigas-partneriba');
	expect(visit.status).toBe(200);
	await expectInvalid(request, '/api/v1/events?kind=party&per_page=0', ['kind', 'per_page']);
	const missing = await apiGet(request, '/api/v1/events/nav-tada');
	expect(missing.status).toBe(404);
});
