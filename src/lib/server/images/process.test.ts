import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ImageRejectedError } from './domain';
import { processImage } from './process';
import { gpsTaggedJpeg, plainPng } from './test-images';

const TEN_MB = 10 * 1024 * 1024;

async function rejection(p: Promise<unknown>): Promise<string> {
	try {
		await p;
	} catch (e) {
		if (e instanceof ImageRejectedError) return e.reason;
		throw e;
	}
	return 'accepted';
}

describe('processImage', () => {
	it('strips EXIF and the GPS position from a phone photo', async () => {
		const input = await gpsTaggedJpeg();
		const before = await sharp(input).metadata();
		expect(before.exif?.toString('latin1')).toContain('TuvumaTestCam'); // the fixture really carries EXIF

		const out = await processImage(input, TEN_MB);
		expect(out.sourceType).toBe('jpeg');
		expect(out.variants.map((v) => [v.width, v.actualWidth, v.height])).toEqual([
			[320, 320, 240],
			[640, 640, 480],
			[1280, 800, 600]
		]);
		for (const v of out.variants) {
			const meta = await sharp(v.bytes).metadata();
			expect(meta.format).toBe('webp');
			expect(meta.exif).toBeUndefined();
			expect(meta.xmp).toBeUndefined();
			expect(meta.iptc).toBeUndefined();
			expect(v.bytes.toString('latin1')).not.toMatch(/Exif|GPS|TuvumaTestCam/);
		}
	});

	it('judges by content: a PNG named .jpg is a PNG, a text file named .jpg is refused', async () => {
		const png = new File([new Uint8Array(await plainPng())], 'photo.jpg', { type: 'image/jpeg' });
		const out = await processImage(new Uint8Array(await png.arrayBuffer()), TEN_MB);
		expect(out.sourceType).toBe('png');
		expect(out.width).toBe(400);

		const text = new File(['not an image, honest'], 'photo.jpg', { type: 'image/jpeg' });
		expect(await rejection(processImage(new Uint8Array(await text.arrayBuffer()), TEN_MB))).toBe('unsupported_type');
	});

	it('refuses a file over the size limit before decoding it', async () => {
		const input = await gpsTaggedJpeg();
		expect(await rejection(processImage(input, input.length - 1))).toBe('too_large');
		expect(await rejection(processImage(new Uint8Array(), TEN_MB))).toBe('empty');
	});

	it('refuses a truncated JPEG as unreadable instead of failing with a 500', async () => {
		const input = await gpsTaggedJpeg();
		expect(await rejection(processImage(input.subarray(0, 200), TEN_MB))).toBe('unreadable');
	});

	it('turns a sideways photo upright (EXIF orientation)', async () => {
		const sideways = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#123456' } })
			.jpeg()
			.withMetadata({ orientation: 6 })
			.toBuffer();
		const out = await processImage(sideways, TEN_MB);
		expect([out.width, out.height]).toEqual([300, 400]);
	});
});
