import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';

/** Search journeys of issue 12 (items 4, 5, 6, 8), as a visitor on a phone types them. */
test.use({ viewport: { width: 390, height: 844 } });
// each journey opens several pages and runs axe: on a busy shared machine that takes a while
test.describe.configure({ timeout: 90_000 });

const firstHit = (page: import('@playwright/test').Page) => page.locator('#group-producer ~ ul .hit h3').first();

test('a producer named like a place elsewhere is found by its name, and the place still counts (item 4)', async ({ page }) => {
	await page.goto('/lv/meklet?q=berzinu+medus');
	await expect(firstHit(page)).toHaveText('Bērziņu medus');
	// the place interpretation is shown too: honey in Bērziņu pagasts (Krāslavas novads)
	await expect(page.locator('.place-note').first()).toContainText('ar šo nosaukumu citur');
	await expect(page.locator('#group-producer ~ ul')).toContainText('Z/S "Bitītes"');
	await expectAccessible(page);
});

test('nothing in the place: the nearest outside it with their distance, no spelling advice (item 5)', async ({ page }) => {
	await page.goto('/lv/meklet?q=ievarijums+riga');
	const nearby = page.locator('section.nearby');
	await expect(nearby.getByRole('heading', { level: 2 })).toHaveText(/Teritorijā Rīga nekā nav — 2 rezultāti līdz 10 km attālumā/);
	await expect(nearby.locator('.hit').first()).toContainText('Annas virtuve');
	await expect(nearby.locator('.hit').first()).toContainText('teritorijā Mārupes novads');
	await expect(page.getByText('Pārbaudiet rakstību')).toHaveCount(0);
	await nearby.getByRole('link', { name: 'Rādīt visus, tuvākos vispirms' }).click();
	await expect(page).toHaveURL(/near_place=riga/);
	await expect(page.locator('.hit').first()).toBeVisible();
	// a word found nowhere still gets the spelling advice
	await page.goto('/lv/meklet?q=xyzzyq+riga');
	await expect(page.getByText('Pārbaudiet rakstību')).toBeVisible();
});

test('English and Russian product words find Latvian-only products; Cyrillic place names work (item 6)', async ({ page }) => {
	await page.goto('/en/meklet?q=smoked+cheese');
	await expect(page.locator('#group-producer ~ ul')).toContainText('Z/S "Rudzupuķes"');
	await expect(page.locator('.hit', { hasText: 'Rudzupuķes' }).locator('.snippet')).toContainText('Kūpināts siers');
	await page.goto('/ru/meklet?q=' + encodeURIComponent('мёд в Сигулде'));
	await expect(page.locator('.place-note').first()).toContainText('Сигулдский край');
	// among the honey producers there (other specs may add their own to the shared server's data)
	await expect(page.locator('#group-producer ~ ul')).toContainText('Dravniecība "Bitenieki"');
	await expectAccessible(page);
});

test('a listing that shows only its municipality is "in" it, not metres from you (item 8)', async ({ page }) => {
	await page.goto('/lv/meklet?q=vecmaminas&near=56.9718,24.6318&sort=distance');
	const hit = page.locator('.hit', { hasText: 'Vecmāmiņas ievārījumi' });
	await expect(hit.locator('.distance')).toHaveText('teritorijā Ropažu novads');
	await expect(hit).not.toContainText(' m no ');
	// an exact address keeps its distance
	await page.goto('/lv/meklet?q=kalnmuizas&near=57.2,24.9&sort=distance');
	await expect(page.locator('.hit', { hasText: 'Kalnmuižas' }).first().locator('.distance')).toHaveText(/km no jums/);
});

test('English pages translate "pagasts"; places read locality first (smaller faults)', async ({ page }) => {
	await page.goto('/en/novadi/jelgavas-novads');
	await expect(page.locator('.localities').last()).toContainText('Ozolnieki Parish');
	// the typed address is Latvian: its parish is not repeated in English after it
	await expect(page.locator('.where', { hasText: '“Ozolkalns”' })).toHaveText('“Ozolkalns”, Ozolnieku pagasts, Jelgavas novads');
	await page.goto('/ru/novadi/jelgavas-novads');
	await expect(page.locator('.localities').last()).toContainText('волость Озолниеки');
});

test('a hit found through a typo says so in a readable label', async ({ page }) => {
	await page.goto('/lv/meklet?q=kupnats');
	const why = page.locator('#group-producer ~ ul .hit .snippet .why').first();
	await expect(why).toHaveText('Produkti (līdzīgs vārds):');
	await expect(page.locator('#group-producer ~ ul .hit .snippet mark').first()).toContainText(/kūpināt/i);
});
