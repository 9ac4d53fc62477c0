import type { ImageRef } from '$lib/contracts/images/types';
import type { Db } from '$lib/server/db/types';
import { listProducerPhotos, listProductPhotos, type ImageRow } from './images-repository';

const ref = (r: ImageRow): ImageRef => ({ id: r.id, alt: r.alt, width: r.width, height: r.height });

/** Each producer's profile photos, in order (one query for a page of cards). */
export async function producerPhotos(db: Db, producerIds: readonly string[]): Promise<Map<string, ImageRef[]>> {
	const out = new Map<string, ImageRef[]>();
	for (const row of await listProducerPhotos(db, producerIds)) {
		const list = out.get(row.producerId!) ?? [];
		list.push(ref(row));
		out.set(row.producerId!, list);
	}
	return out;
}

/** The first photo of each product. */
export async function productPhotos(db: Db, productIds: readonly string[]): Promise<Map<string, ImageRef>> {
	const out = new Map<string, ImageRef>();
	for (const row of await listProductPhotos(db, productIds)) {
		if (!out.has(row.productId!)) out.set(row.productId!, ref(row));
	}
	return out;
}

/** Every photo of each product (the dashboard lists them all, with a remove button). */
export async function allProductPhotos(db: Db, productIds: readonly string[]): Promise<Map<string, ImageRef[]>> {
	const out = new Map<string, ImageRef[]>();
	for (const row of await listProductPhotos(db, productIds)) {
		const list = out.get(row.productId!) ?? [];
		list.push(ref(row));
		out.set(row.productId!, list);
	}
	return out;
}
