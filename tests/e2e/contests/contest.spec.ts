import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { waitForMail } from '../support/mailbox';

const expect = baseExpect.configure({ timeout: 20_000 });
// the entry window has to close during the test: up to two minutes of waiting
test.describe.configure({ timeout: 360_000 });

const COORDINATOR = 'pieriga@demo.tuvuma.lv';
const WORKSPACE = '/lv/organizacijas/pierigas-partneriba/darbs/konkursi';
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
/** Riga wall clock of an instant, as the date and time inputs take it. */
const riga = (d: Date) => {
	const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d).map((x) => [x.type, x.value]));
	return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
};

test('a contest end to end: staff create and publish, people enter and confirm, the list freezes, the secret is revealed, a winner declines and the next alternate moves up; the audit page verifies', async ({ page, browser }) => {
	const title = `Rudens groza konkurss ${unique()}`;
	await signIn(page, COORDINATOR);
	await page.goto(`${WORKSPACE}/jauns`);
	await page.getByLabel('Nosaukums (LV)').fill(title);
	await page.getByLabel('Noteikumi (LV)').fill('Izlozē divus grozus.\n\nRezerves dalībnieki secībā.');
	const opens = riga(new Date(Date.now() - 3_600_000));
	// closes at the start of a minute at least 75 s away (the inputs take minutes)
	const closesAt = new Date(Math.ceil((Date.now() + 75_000) / 60_000) * 60_000);
	const closes = riga(closesAt);
	await page.getByLabel('Sākuma datums').fill(opens.date);
	await page.locator('#c-ot').fill(opens.time);
	await page.getByLabel('Beigu datums').fill(closes.date);
	await page.locator('#c-ct').fill(closes.time);
	await page.getByLabel('Uzvarētāju skaits').fill('1');
	await page.getByLabel(/Apņemšanās un atklāšana/).check();
	await page.getByLabel('Balva 1 (LV)').fill('Medus grozs');
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await page.getByRole('button', { name: 'Publicēt' }).click();
	await expect(page.getByText('Apņemšanās (SHA-256)')).toBeVisible();
	const publicLink = page.getByRole('link', { name: 'Publiskā lapa' });
	const publicPath = (await publicLink.getAttribute('href'))!;
	const staffUrl = page.url();
	// axe runs in the page's JavaScript: checked in this context, the entrants below have none
	await page.goto(publicPath);
	await expectAccessible(page);

	// three people enter without accounts (no JavaScript needed) and confirm their addresses
	const context = await browser.newContext({ javaScriptEnabled: false });
	const visitor = await context.newPage();
	const ids: string[] = [];
	for (const i of [1, 2, 3]) {
		const email = `konkurss-${unique()}-${i}@example.lv`;
		await visitor.goto(publicPath);
		if (i === 1) await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await visitor.getByLabel('Vārds, uzvārds').fill(`Dalībniece ${i}`);
		await visitor.getByLabel('E-pasts').fill(email);
		await visitor.getByLabel('Pašvaldība').selectOption({ label: 'Jelgavas novads' });
		await visitor.getByLabel(/Piekrītu konkursa noteikumiem/).check();
		await visitor.getByRole('button', { name: 'Pieteikties konkursam' }).click();
		await expect(visitor.getByRole('heading', { name: 'Pārbaudiet e-pastu' })).toBeVisible();
		const mail = await waitForMail(email, { subject: /Apstipriniet pieteikumu/ });
		await visitor.goto(mail.links.find((l) => l.includes('/apstiprinat-e-pastu'))!);
		await visitor.getByRole('button', { name: 'Apstiprināt', exact: true }).click();
		const id = (await visitor.getByText(/Jūsu pieteikuma numurs ir/).textContent())!.match(/e[a-z2-9]{11}/)![0];
		ids.push(id);
	}

	// the close passes: the first access freezes the list and shows its hash
	await page.waitForTimeout(Math.max(0, closesAt.getTime() - Date.now() + 2_000));
	await visitor.goto(publicPath);
	await expect(visitor.getByText('Saraksta SHA-256')).toBeVisible();
	await expect(visitor.getByRole('button', { name: 'Pieteikties konkursam' })).toHaveCount(0);

	await page.goto(staffUrl);
	await page.getByRole('button', { name: /Atklāt noslēpumu/ }).click();
	const winnerRow = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Atteicās' }) });
	await expect(winnerRow).toHaveCount(1);
	const first = (await winnerRow.locator('code').textContent())!;
	expect(ids).toContain(first);
	await winnerRow.getByRole('button', { name: 'Atteicās' }).click();
	await expect(page.getByText(/Atstāti malā/)).toContainText(first);
	const second = (await page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Atteicās' }) }).locator('code').textContent())!;
	expect(second).not.toBe(first);
	expect(ids).toContain(second);

	// the public audit page: the list, the revealed secret, the derivation verified, the decline logged
	await visitor.goto(`${publicPath}/parbaude`);
	await expect(visitor.getByText('Pārbaudīts: saraksta kontrolsumma, nejaušības avots un uzvarētāji sakrīt.')).toBeVisible();
	await expect(visitor.getByText('Atklātais noslēpums')).toBeVisible();
	await expect(visitor.getByRole('listitem').filter({ hasText: 'atteicās' })).toContainText(second);
	await expect(visitor.getByText('Uzvarētājs (Jelgavas novads)')).toBeVisible();
	await page.goto(`${publicPath}/parbaude`);
	await expectAccessible(page);
	const list = await visitor.request.get(`${publicPath}/entries.txt`);
	expect((await list.text()).split('\n').filter(Boolean).sort()).toEqual([...ids].sort());
	const draw = await (await visitor.request.get(`${publicPath}/draw.json`)).json();
	expect(draw.order[0]).toBe(first);
	await context.close();
});

test('the demo contest’s audit page verifies its real drand round', async ({ page }) => {
	await page.goto('/lv/konkursi/vasaras-groza-konkurss/parbaude');
	await expect(page.getByText('Pārbaudīts: saraksta kontrolsumma, nejaušības avots un uzvarētāji sakrīt.')).toBeVisible();
	await expect(page.getByText('Demonstrācijas dati')).toBeVisible();
	await expectAccessible(page);
});
