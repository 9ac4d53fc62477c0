import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { createListing, expectNoHorizontalScroll, newVerifiedUser, unique, uniqueEmail } from './flow';

async function gpsJpeg(): Promise<Buffer> {
	return sharp({ create: { width: 900, height: 600, channels: 3, background: '#6a994e' } })
		.jpeg()
		.withExif({
			IFD0: { Make: 'TuvumaTestCam' },
			IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '57/1 9/1 3000/100', GPSLongitudeRef: 'E', GPSLongitude: '24/1 51/1 1200/100' }
		})
		.toBuffer();
}

test.describe('owner photos and the dashboard on a phone', () => {
	test.setTimeout(120_000);

	test('a GPS-tagged photo is served as WebP without EXIF; wrong type and missing alt text are refused, keeping input', async ({ browser }) => {
		const owner = await newVerifiedUser(browser, uniqueEmail('foto'));
		const dashboard = await createListing(owner, { name: unique('Foto sēta'), email: uniqueEmail('fotoseta') });
		const jpeg = await gpsJpeg();
		expect((await sharp(jpeg).metadata()).exif).toBeTruthy();

		// a text file named .jpg: judged by content
		await owner.getByLabel(/Foto fails/).setInputFiles({ name: 'medus.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('šis nav attēls') });
		await owner.getByLabel(/Kas redzams foto/).fill('Medus burkas uz galda');
		await owner.getByRole('button', { name: 'Pievienot foto' }).click();
		await expect(owner.getByText('Šis fails nav JPEG, PNG vai WebP fotoattēls.')).toBeVisible();
		await expect(owner.getByLabel(/Kas redzams foto/)).toHaveValue('Medus burkas uz galda');
		await expect(owner.getByLabel(/Foto fails/)).toHaveAttribute('aria-invalid', 'true');

		// a real photo without alt text
		await owner.getByLabel(/Foto fails/).setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: jpeg });
		await owner.getByLabel(/Kas redzams foto/).fill('');
		await owner.getByRole('button', { name: 'Pievienot foto' }).click();
		await expect(owner.getByText('Aprakstiet, kas redzams fotoattēlā')).toBeVisible();
		await expect(owner.getByLabel(/Kas redzams foto/)).toHaveAttribute('aria-invalid', 'true');
		await expectAccessible(owner);

		await owner.getByLabel(/Kas redzams foto/).fill('Bišu stropi ābeļdārzā');
		await owner.getByRole('button', { name: 'Pievienot foto' }).click();
		await expect(owner.getByText('Foto pievienots.')).toBeVisible();
		// the upload form is emptied once saved: pressing the button again does not upload the photo twice
		await expect(owner.getByLabel(/Kas redzams foto/)).toHaveValue('');
		expect(await owner.getByLabel(/Foto fails/).evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).toBe(0);
		const img = owner.getByRole('img', { name: 'Bišu stropi ābeļdārzā' });
		await expect(img).toBeVisible();
		const src = await img.getAttribute('src');
		expect(src).toMatch(/^\/media\/[0-9a-f-]{36}\/(320|640|1280)\.webp$/);
		expect(await img.getAttribute('srcset')).toContain('900w');

		const res = await owner.request.get(src!);
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toBe('image/webp');
		expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
		const etag = res.headers()['etag'];
		expect(etag).toBeTruthy();
		const served = await res.body();
		const meta = await sharp(served).metadata();
		expect(meta.format).toBe('webp');
		expect(meta.exif).toBeUndefined();
		expect(meta.xmp).toBeUndefined();
		expect(served.toString('latin1')).not.toMatch(/GPS|TuvumaTestCam/);
		const again = await owner.request.get(src!, { headers: { 'If-None-Match': etag } });
		expect(again.status()).toBe(304);
		await expect(owner).toHaveURL(new RegExp(`^${dashboard}`));
	});

	test('the dashboard pages have no horizontal scroll at 360 px and pass axe', async ({ browser }) => {
		const owner = await newVerifiedUser(browser, uniqueEmail('telefons'));
		const dashboard = await createListing(owner, { name: unique('Garš nosaukums mājražotājam ar ļoti garu vārdu'), email: uniqueEmail('tel') });
		await owner.setViewportSize({ width: 360, height: 740 });
		for (const path of ['', '/produkti', '/vietas']) {
			await owner.goto(dashboard + path);
			await expectNoHorizontalScroll(owner);
			await expectAccessible(owner);
		}
		await owner.goto('/lv/mans');
		await expectNoHorizontalScroll(owner);
		await owner.goto('/lv/razotajiem/jauns');
		await expectNoHorizontalScroll(owner);
	});
});
