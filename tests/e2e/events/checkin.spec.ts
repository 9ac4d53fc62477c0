import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { createEvent, publicPathOf, registerAndConfirm, STAFF, uniqueEmail } from './flow';

// a shared two-core machine: pages with axe checks and mail round trips need more than the default 30 s
test.describe.configure({ timeout: 120_000 });

/**
 * The camera is fed the registrant's own QR image: getUserMedia is replaced by a canvas stream that
 * draws it (BarcodeDetector removed so the page's jsQR decoder reads the frames, as on most phones).
 */
const fakeCamera = (qrDataUrl: string) => {
	const w = window as unknown as { BarcodeDetector?: unknown };
	delete w.BarcodeDetector;
	navigator.mediaDevices.getUserMedia = async () => {
		const canvas = document.createElement('canvas');
		canvas.width = 480;
		canvas.height = 480;
		const ctx = canvas.getContext('2d')!;
		const img = new Image();
		img.src = qrDataUrl;
		await img.decode();
		const draw = () => {
			ctx.fillStyle = '#fff';
			ctx.fillRect(0, 0, 480, 480);
			ctx.drawImage(img, 80, 80, 320, 320);
		};
		draw();
		setInterval(draw, 100);
		return canvas.captureStream(10);
	};
};

test('staff check people in by QR code from the camera, by name, and offline — nobody counted twice', async ({ browser }) => {
	test.setTimeout(150_000);
	const staff = await browser.newPage();
	await signIn(staff, STAFF.coordinator);
	const title = `Pieredzes brauciens ar ierašanos ${Date.now().toString(36)}`;
	const workspacePath = await createEvent(staff, { title, capacity: 30 });
	const eventPath = await publicPathOf(staff);

	const visitors = [
		{ name: 'Kristaps Eglītis', email: uniqueEmail('kristaps') },
		{ name: 'Sanita Rozīte', email: uniqueEmail('sanita') },
		{ name: 'Valdis Ceriņš', email: uniqueEmail('valdis') }
	];
	let qr = '';
	for (const [i, v] of visitors.entries()) {
		const page = await (await browser.newContext()).newPage();
		await registerAndConfirm(page, eventPath, v);
		if (i === 0) qr = (await page.getByRole('img', { name: 'QR kods ieejai pasākumā' }).getAttribute('src'))!;
		await page.close();
	}

	const door = await (await browser.newContext()).newPage();
	await signIn(door, STAFF.coordinator);
	await door.addInitScript(fakeCamera, qr);
	await door.goto(`${workspacePath}/ierasanas`);
	await expect(door.getByText('Ieradušies: 0 · pieteikti: 3')).toBeVisible();
	await expectAccessible(door);

	await door.getByRole('button', { name: 'Skenēt QR kodus ar kameru' }).click();
	await expect(door.getByRole('list', { name: 'Pēdējās atzīmes' })).toContainText('Laipni lūgti, Kristaps Eglītis!', { timeout: 20_000 });
	await door.getByRole('button', { name: 'Apturēt kameru' }).click();

	await door.getByLabel('Vārds vai e-pasts').fill('sanita roz');
	await door.getByRole('button', { name: 'Atzīmēt Sanita Rozīte kā ieradušos' }).click();
	await expect(door.getByRole('list', { name: 'Pēdējās atzīmes' })).toContainText('Laipni lūgti, Sanita Rozīte!');

	// the connection drops: the scan waits on the phone and goes when it is back
	await door.context().setOffline(true);
	await door.getByLabel('Vārds vai e-pasts').fill('Valdis');
	await door.getByRole('button', { name: 'Atzīmēt Valdis Ceriņš kā ieradušos' }).click();
	await expect(door.getByText(/Nav savienojuma: 1 atzīme gaida/)).toBeVisible();
	await door.context().setOffline(false);
	await door.evaluate(() => window.dispatchEvent(new Event('online')));
	await expect(door.getByText('Visas atzīmes nosūtītas.')).toBeVisible({ timeout: 20_000 });

	await door.reload();
	await expect(door.getByText('Ieradušies: 3 · pieteikti: 3')).toBeVisible();
	await door.goto(`${workspacePath}/dalibnieki`);
	await expect(door.getByRole('list', { name: 'Skaitļi' })).toContainText('3 Apmeklēja');
	await expectAccessible(door);
});

test('the attendance sheet prints names and a signature column', async ({ page }) => {
	await signIn(page, STAFF.coordinator);
	await page.goto('/lv/organizacijas/pierigas-partneriba/darbs/pasakumi');
	await page.getByRole('link', { name: 'Pieredzes brauciens pie Pierīgas mājražotājiem' }).click();
	await page.getByRole('link', { name: 'Dalībnieku saraksts' }).click();
	await expect(page.getByRole('columnheader', { name: 'Paraksts' })).toBeVisible();
	await expect(page.locator('tbody tr')).toHaveCount(17 + 5);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Pasākuma sadaļas' })).toBeHidden();
	await expectAccessible(page);
});
