import { test } from '@playwright/test';
import sharp from 'sharp';
import { expectAccessible } from '../helpers';
import { waitForMail } from '../support/mailbox';
import { createAndPublish, expect, fillEntry, unique, visitorContext } from './steps';

test.describe.configure({ timeout: 180_000 });

test('a photo contest: staff create it, an entrant uploads a photo without JavaScript and confirms, staff approve it, it is in the gallery', async ({ page, browser }) => {
	const title = `Rudens foto konkurss ${unique()}`;
	const { publicPath, staffUrl } = await createAndPublish(page, { title, closesAt: new Date(Date.now() + 2 * 86_400_000), photoPrompt: 'Rudens lapas jūsu pagalmā' });

	const context = await visitorContext(browser);
	const visitor = await context.newPage();
	const email = `foto-${unique()}@example.lv`;
	await visitor.goto(publicPath);
	await expect(visitor.getByText('Rudens lapas jūsu pagalmā').first()).toBeVisible();
	// a file that is not a picture: refused next to the field, everything typed kept
	await fillEntry(visitor, publicPath, { name: 'Fotogrāfe', email, photo: { name: 'leaves.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture at all') } });
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

	// a photo waiting for review is not in the public gallery
	await visitor.goto(publicPath);
	await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(visitor.getByRole('img', { name: new RegExp(id) })).toHaveCount(0);

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
