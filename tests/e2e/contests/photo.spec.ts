import { expect as baseExpect, test } from '@playwright/test';
import sharp from 'sharp';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { waitForMail } from '../support/mailbox';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const COORDINATOR = 'pieriga@demo.tuvuma.lv';
const WORKSPACE = '/lv/organizacijas/pierigas-partneriba/darbs/konkursi';
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const riga = (d: Date) => {
	const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d).map((x) => [x.type, x.value]));
	return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
};

test('a photo contest: staff create it, an entrant uploads a photo without JavaScript and confirms, staff approve it, it is in the gallery', async ({ page, browser }) => {
	const title = `Rudens foto konkurss ${unique()}`;
	await signIn(page, COORDINATOR);
	await page.goto(`${WORKSPACE}/jauns`);
	await page.getByLabel('Nosaukums (LV)').fill(title);
	await page.getByLabel('Noteikumi (LV)').fill('Iesūtiet rudens fotogrāfiju.');
	const opens = riga(new Date(Date.now() - 3_600_000));
	const closes = riga(new Date(Date.now() + 2 * 86_400_000));
	await page.getByLabel('Sākuma datums').fill(opens.date);
	await page.locator('#c-ot').fill(opens.time);
	await page.getByLabel('Beigu datums').fill(closes.date);
	await page.locator('#c-ct').fill(closes.time);
	await page.getByLabel('Uzvarētāju skaits').fill('1');
	await page.getByLabel('Jāiesūta fotogrāfija').check();
	await page.getByLabel('Ko fotografēt (LV)').fill('Rudens lapas jūsu pagalmā');
	await page.getByLabel(/Apņemšanās un atklāšana/).check();
	await page.getByLabel('Balva 1 (LV)').fill('Medus grozs');
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await page.getByRole('button', { name: 'Publicēt' }).click();
	const publicPath = (await page.getByRole('link', { name: 'Publiskā lapa' }).getAttribute('href'))!;
	const staffUrl = page.url();

	const context = await browser.newContext({ javaScriptEnabled: false });
	const visitor = await context.newPage();
	const email = `foto-${unique()}@example.lv`;
	await visitor.goto(publicPath);
	await expect(visitor.getByText('Rudens lapas jūsu pagalmā').first()).toBeVisible();
	await visitor.getByLabel('Vārds, uzvārds').fill('Fotogrāfe');
	await visitor.getByLabel('E-pasts').fill(email);
	await visitor.getByLabel('Pašvaldība').selectOption({ label: 'Jelgavas novads' });
	await visitor.getByLabel(/Piekrītu konkursa noteikumiem/).check();
	// a file that is not a picture: refused next to the field, everything typed kept
	await visitor.getByLabel(/Jūsu fotogrāfija/).setInputFiles({ name: 'leaves.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture at all') });
	await visitor.getByRole('button', { name: 'Pieteikties konkursam' }).click();
	await expect(visitor.locator('#e-photo')).toBeVisible();
	await expect(visitor.getByLabel('E-pasts')).toHaveValue(email);
	await expect(visitor.getByLabel(/Piekrītu konkursa noteikumiem/)).toBeChecked();
	const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#c0602a' } }).png().toBuffer();
	await visitor.getByLabel(/Jūsu fotogrāfija/).setInputFiles({ name: 'leaves.png', mimeType: 'image/png', buffer: png });
	await visitor.getByRole('button', { name: 'Pieteikties konkursam' }).click();
	await expect(visitor.getByRole('heading', { name: 'Pārbaudiet e-pastu' })).toBeVisible();
	const mail = await waitForMail(email, { subject: /Apstipriniet pieteikumu/ });
	await visitor.goto(mail.links.find((l) => l.includes('/apstiprinat-e-pastu'))!);
	await visitor.getByRole('button', { name: 'Apstiprināt', exact: true }).click();
	const id = (await visitor.getByText(/Jūsu pieteikuma numurs ir/).textContent())!.match(/e[a-z2-9]{11}/)![0];

	// staff see the pending photo and approve it
	await page.goto(staffUrl);
	const item = page.getByRole('listitem').filter({ hasText: id });
	await expect(item.getByRole('img')).toBeVisible();
	await item.getByRole('button', { name: 'Apstiprināt' }).click();
	await expect(page.getByText('Neviena fotogrāfija negaida pārbaudi.')).toBeVisible();

	// the public gallery shows it, described by municipality and entry id, never a name
	await visitor.goto(publicPath);
	await expect(visitor.getByRole('img', { name: `Pieteikums ${id} no Jelgavas novads` })).toBeVisible();
	await page.goto(publicPath);
	await expectAccessible(page);
	await context.close();
});
