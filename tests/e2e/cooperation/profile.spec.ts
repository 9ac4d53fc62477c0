import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { DEMO, signIn } from '../support/auth';

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test.describe.configure({ timeout: 120_000 });

test('in Romanian: an owner writes a cooperation profile, a moderator approves it, it is matched, listed and found without diacritics; a visitor’s interest, once accepted, shows the contacts — never before', async ({ page, browser }) => {
	const tag = unique();
	const title = `Țesături și brânză din Bălți ${tag}`;
	const contactEmail = `contact-${tag}@example.md`;

	// the owner: their listing's dashboard → Cooperation → new profile
	await signIn(page, DEMO.producer, undefined, 'ro');
	await page.goto('/ro/mans');
	await page.locator('main a[href^="/ro/mans/"]:not([href$="/sadarbiba"])').first().click();
	await page.locator('main').getByRole('link', { name: 'Cooperare', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Profiluri de cooperare' })).toBeVisible();
	await page.getByRole('link', { name: 'Profil nou', exact: true }).click();
	await page.getByLabel('Ofertă', { exact: true }).check();
	// know-how to Moldova: the demo's cheese makers in Edineț ask for exactly that, from Latvia
	await page.getByLabel('Tip de cooperare').selectOption('know_how');
	await page.getByLabel('Titlu (RO)').fill(title);
	await page.getByLabel('Descriere (RO)').fill('Căutăm cumpărători în Moldova pentru produsele noastre.');
	await page.getByRole('checkbox', { name: 'Republica Moldova' }).check();
	await page.getByRole('checkbox', { name: 'Română' }).check();
	await page.getByLabel('Nume și prenume').fill('Ana Testa');
	await page.getByLabel('E-mail', { exact: true }).fill(contactEmail);
	await page.getByRole('button', { name: 'Trimiteți spre verificare' }).click();
	await expect(page.getByText('Profilul a fost trimis spre verificare.')).toBeVisible();
	await expect(page.getByText('În așteptarea verificării')).toBeVisible();
	await expectAccessible(page);
	const ownerProfileUrl = page.url().replace(/\?.*$/, '');

	// the moderator approves it from the queue
	const modContext = await browser.newContext({ locale: 'ro-RO' });
	const mod = await modContext.newPage();
	await signIn(mod, DEMO.moderator, undefined, 'ro');
	await mod.goto('/ro/moderacija/sadarbiba');
	const card = mod.getByRole('article').filter({ has: mod.getByRole('heading', { level: 2, name: title }) });
	await expect(card).toBeVisible();
	await expectAccessible(mod);
	expect(await mod.content()).not.toContain(contactEmail); // not even to moderators
	await card.getByRole('button', { name: 'Aprobați și publicați' }).click();
	await expect(mod.getByText('Profilul a fost publicat.')).toBeVisible();
	await modContext.close();

	// a visitor finds it in the list, typing without diacritics, and opens it
	const visitorContext = await browser.newContext({ locale: 'ro-RO' });
	const visitor = await visitorContext.newPage();
	await visitor.goto('/ro/sadarbiba');
	await expect(visitor.getByRole('heading', { level: 1, name: 'Oferte și cereri de cooperare' })).toBeVisible();
	await visitor.getByLabel('Căutare în profiluri').fill(`tesaturi branza balti ${tag}`);
	await visitor.getByRole('button', { name: 'Căutare', exact: true }).click();
	await expect(visitor.getByText('1 profil', { exact: true })).toBeVisible();
	await expectAccessible(visitor);
	await visitor.getByRole('link', { name: title }).click();
	await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(visitor.getByRole('link', { name: 'Exprimați interesul' })).toHaveAttribute('href', /\/ro\/sadarbiba\/.+\/interese$/);
	await expectAccessible(visitor);
	expect(await visitor.content()).not.toContain(contactEmail);
	expect(await visitor.content()).not.toContain('Ana Testa');
	const profileUrl = visitor.url();
	await visitorContext.close();

	// the owner's page now suggests the counterpart the matching job found, with its reasons
	await expect(async () => {
		await page.goto(ownerProfileUrl);
		await expect(page.getByRole('link', { name: /Know-how pentru brânzeturi artizanale/ })).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 60_000 }); // the matching job runs on the server's job loop, slower on a busy machine
	await expect(page.getByRole('heading', { name: 'Parteneri sugerați' })).toBeVisible();

	// a signed-in member expresses interest; the owner accepts; only then does the member see the contacts
	const memberContext = await browser.newContext({ locale: 'ro-RO' });
	const member = await memberContext.newPage();
	await signIn(member, DEMO.member, undefined, 'ro');
	await member.goto(profileUrl);
	await member.getByRole('link', { name: 'Exprimați interesul' }).click();
	await member.getByLabel('De ce vă interesează această cooperare?').fill('Organizăm un atelier de brânzeturi la Jelgava și căutăm formatori.');
	await member.getByRole('button', { name: 'Trimiteți interesul' }).click();
	await expect(member.getByText(/Interesul dumneavoastră a fost trimis/)).toBeVisible();
	expect(await member.content()).not.toContain(contactEmail);
	const interestUrl = member.url().replace(/\?.*$/, '');

	await page.goto('/ro/mans/sadarbiba');
	await page.getByRole('link', { name: title }).first().click();
	await expect(page.getByText('Organizăm un atelier de brânzeturi')).toBeVisible();
	await page.getByRole('button', { name: 'Acceptați' }).click();
	await expect(page.getByText(/Interes acceptat/)).toBeVisible();

	await member.goto(interestUrl);
	await expect(member.getByRole('link', { name: contactEmail })).toBeVisible();
	await expect(member.getByText('Ana Testa')).toBeVisible();
	await expectAccessible(member);
	await memberContext.close();
});

test('in an organisation’s workspace: staff submit a profile, correct it while it waits, withdraw it — it is then final, and the page leads to a new one', async ({ page }) => {
	const tag = unique();
	const base = '/lv/organizacijas/lauku-partneriba-lielupe/darbs/sadarbiba';
	await signIn(page, DEMO.territoryEditor);
	await page.goto(base);
	await page.getByRole('link', { name: 'Jauns profils', exact: true }).click();
	await page.getByLabel('Piedāvājums', { exact: true }).check();
	await page.getByLabel('Sadarbības veids').selectOption('distribution');
	await page.getByLabel('Virsraksts (LV)').fill(`Zemgales medus meklē pircējus Moldovā ${tag}`);
	await page.getByLabel('Apraksts (LV)').fill('Partnerības mājražotāji piedāvā medu un ievārījumus. Meklējam izplatītājus Kišiņevā.');
	await page.getByRole('checkbox', { name: 'Moldova', exact: true }).check();
	await page.getByLabel('Vārds, uzvārds').fill('Ilze Testa');
	await page.getByLabel('E-pasts', { exact: true }).fill(`ilze-${tag}@example.lv`);
	await page.getByRole('button', { name: 'Iesniegt pārbaudei' }).click();
	await expect(page.getByText('Gaida pārbaudi')).toBeVisible();

	// corrected while it waits: the new title is what the page shows (typed once the page has settled:
	// on a busy machine, text typed before the form started was written over)
	await page.waitForLoadState('networkidle');
	const corrected = `Zemgales medus un sulas meklē pircējus Moldovā ${tag}`;
	await page.getByLabel('Virsraksts (LV)').fill(corrected);
	await page.getByRole('button', { name: 'Iesniegt pārbaudei' }).click();
	await expect(page.getByRole('heading', { level: 1, name: corrected })).toBeVisible();

	await page.getByRole('button', { name: 'Atsaukt profilu' }).click();
	await expect(page.getByText('Profils atsaukts.')).toBeVisible();
	// final: nothing to edit or submit any more, and the page says so and where to go instead
	await expect(page.getByLabel('Virsraksts (LV)')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Iesniegt pārbaudei' })).toHaveCount(0);
	await expect(page.getByText('Atsauktu profilu vairs nevar labot vai iesniegt no jauna.')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Jauns profils', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${base}/jauns$`));
	await expect(page.getByLabel('Virsraksts (LV)')).toHaveValue('');
});
