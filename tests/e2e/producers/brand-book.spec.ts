import { expect as baseExpect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expectAccessible } from '../helpers';
import { DEMO, signIn } from '../support/auth';

// the first pages of a freshly started server on a busy machine may take a few seconds
const expect = baseExpect.configure({ timeout: 15_000 });
// two PDFs are rendered and read back: 14 s on an idle machine
test.describe.configure({ timeout: 90_000 });

async function decodeQr(svg: Buffer): Promise<string | null> {
	const { data, info } = await sharp(svg, { density: 300 }).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
}

const pdfPages = (pdf: Buffer) => {
	const file = join(mkdtempSync(join(tmpdir(), 'brand-')), 'sheet.pdf');
	writeFileSync(file, pdf);
	return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
};

test('a producer prints a brand book whose QR code leads to their page, tries a colour, and prints a stall sign', async ({ page, request }) => {
	await signIn(page, DEMO.producer);
	await page.goto('/lv/mans');
	await page.getByRole('link', { name: /Kalnmuiž/ }).first().click();
	await page.getByRole('link', { name: 'Zīmola grāmata' }).click();
	await expect(page.getByRole('heading', { name: 'Zīmola grāmata', level: 2 })).toBeVisible();
	const sheet = page.getByRole('article', { name: 'Zīmola grāmata' });
	const name = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
	await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(name);
	await expect(sheet.getByText('Noskenējiet: produkti, cenas un darba laiks Tuvumā')).toBeVisible();
	await expectAccessible(page);

	// the QR code on the sheet decodes to the producer's public page, which exists
	const qr = sheet.getByRole('img', { name: /^QR kods uz / });
	const qrResponse = await page.request.get((await qr.getAttribute('src'))!);
	expect(qrResponse.headers()['content-type']).toContain('image/svg+xml');
	const target = await decodeQr(await qrResponse.body());
	expect(target).toMatch(/\/lv\/razotaji\/kalnmuiz/);
	const publicPage = await request.get(new URL(target!).pathname);
	expect(publicPage.status()).toBe(200);
	expect(await publicPage.text()).toContain(name);

	// a light honey yellow is chosen: the band takes a darker shade of it that white text reads on
	await page.getByLabel('Krāsa').fill('#f4c430');
	await page.getByRole('button', { name: 'Rādīt ar šo krāsu' }).click();
	await expect(page).toHaveURL(/krasa=%23f4c430/);
	await expect(page.getByText('Jūsu izvēlētā krāsa.')).toBeVisible();
	const band = await sheet.locator('header').evaluate((el) => getComputedStyle(el).backgroundColor);
	const [r, g, b] = band.match(/\d+/g)!.map(Number);
	expect(r).toBeGreaterThan(g);
	expect(g).toBeGreaterThan(b);
	expect(r).toBeLessThan(0xf4); // darkened from the chosen colour

	// printed: one A4 page without the site's header and the owner's controls
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Rādīt ar šo krāsu' })).toBeHidden();
	expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(1);
	await page.emulateMedia({ media: 'screen' });

	// the stall sign keeps the chosen colour and prints on one A5 page
	await page.getByRole('link', { name: 'Tirgus zīme (A5)' }).click();
	await expect(page).toHaveURL(/zime\?krasa=%23f4c430/);
	const sign = page.getByRole('article', { name: 'Tirgus zīme' });
	await expect(sign.getByRole('heading', { level: 2 })).toHaveText(name);
	await expect(sign.getByText('Noskenējiet un atrodiet mūs')).toBeVisible();
	await expectAccessible(page);
	await page.emulateMedia({ media: 'print' });
	expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(1);
});
