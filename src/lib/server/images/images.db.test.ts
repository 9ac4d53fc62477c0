import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { producers, products, user } from '$lib/server/db/schema';
import { listAudit } from '$lib/server/audit/audit-repository';
import { openFixtureDb } from '$lib/server/producers/test-db';
import { producerPage } from '$lib/server/producers/queries';
import { slugOf } from '$lib/server/producers/test-fixtures';
import { ImageRejectedError } from './domain';
import { deleteImage, readImageVariant, storeImage } from './flow';
import { gpsTaggedJpeg } from './test-images';

let h: DbHandle;
let producerId: string;
let productId: string;
beforeAll(async () => {
	h = await openFixtureDb();
	await h.db.insert(user).values({ id: 'u1', name: 'Ilze', email: 'u1@example.lv', emailVerified: true });
	[{ id: producerId }] = await h.db.select({ id: producers.id }).from(producers).where(eq(producers.slug, slugOf('Bišu māja')));
	[{ id: productId }] = await h.db.select({ id: products.id }).from(products).where(eq(products.producerId, producerId));
});
afterAll(async () => h?.close());

describe('stored photos', () => {
	it('keeps WebP variants without EXIF in the database and shows them on the producer page', async () => {
		const { id } = await storeImage(h.db, { bytes: await gpsTaggedJpeg(), alt: 'Bišu stropi pļavā', ownerUserId: 'u1', producerId });
		const variant = await readImageVariant(h.db, id, 640);
		expect(variant?.actualWidth).toBe(640);
		expect(variant?.etag).toMatch(/^".+"$/);
		const meta = await sharp(variant!.bytes).metadata();
		expect([meta.format, meta.exif]).toEqual(['webp', undefined]);

		const { id: productPhoto } = await storeImage(h.db, { bytes: await gpsTaggedJpeg(300, 200), alt: 'Medus burka', ownerUserId: 'u1', productId });
		// a 300 px photo has only the 320 variant; asking for 1280 gets the largest there is
		expect((await readImageVariant(h.db, productPhoto, 1280))?.actualWidth).toBe(300);

		const page = await producerPage(h.db, slugOf('Bišu māja'), 'lv', new Date(), 'https://t/x');
		expect(page?.producer.photos).toEqual([{ id, alt: 'Bišu stropi pļavā', width: 800, height: 600 }]);
		expect(page?.products.find((p) => p.photo)?.photo).toEqual({ id: productPhoto, alt: 'Medus burka', width: 300, height: 200 });

		await deleteImage(h.db, id, 'u1');
		expect(await readImageVariant(h.db, id, 640)).toBeNull();

		// who added or removed a public photo, of what, is on the audit log
		const { rows } = await listAudit(h.db, { actor: 'u1' }, { limit: 10, offset: 0 });
		expect(rows.map((r) => [r.action, r.entityType, r.entityId, r.details.imageId]).reverse()).toEqual([
			['image.upload', 'producer', producerId, id],
			['image.upload', 'product', productId, productPhoto],
			['image.delete', 'producer', producerId, id]
		]);
	});

	it('refuses a photo without alt text and stores nothing', async () => {
		await expect(storeImage(h.db, { bytes: await gpsTaggedJpeg(), alt: ' ', ownerUserId: 'u1', producerId })).rejects.toBeInstanceOf(ImageRejectedError);
	});
});
