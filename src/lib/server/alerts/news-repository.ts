/**
 * What became public in a time window, for the alerts' digest: producers (published_at),
 * products of published producers (a product row exists only once approved: created_at), and
 * sales points (published_at, stamped by the database, migration 0015).
 */
import { and, eq, gt, lte } from 'drizzle-orm';
import { producers, products, salesPoints } from '../db/schema';
import type { Db } from '../db/types';
import type { LocalizedText } from '../../domain/types';

export type NewProducer = { id: string; slug: string; name: string; municipalityId: number; at: Date };
export type NewProduct = { id: string; producerId: string; producerSlug: string; producerName: string; name: LocalizedText; categoryId: number | null; at: Date };
export type NewSalesPoint = { id: string; slug: string; name: string; municipalityId: number; at: Date };

export type News = { producers: NewProducer[]; products: NewProduct[]; salesPoints: NewSalesPoint[] };

export async function newsBetween(db: Db, since: Date, until: Date): Promise<News> {
	const [p, pr, sp] = await Promise.all([
		db
			.select({ id: producers.id, slug: producers.slug, name: producers.name, municipalityId: producers.municipalityId, at: producers.publishedAt })
			.from(producers)
			.where(and(eq(producers.status, 'published'), gt(producers.publishedAt, since), lte(producers.publishedAt, until))),
		db
			.select({
				id: products.id,
				producerId: products.producerId,
				producerSlug: producers.slug,
				producerName: producers.name,
				name: products.name,
				categoryId: products.categoryId,
				at: products.createdAt
			})
			.from(products)
			.innerJoin(producers, eq(producers.id, products.producerId))
			.where(and(eq(producers.status, 'published'), gt(products.createdAt, since), lte(products.createdAt, until))),
		db
			.select({ id: salesPoints.id, slug: salesPoints.slug, name: salesPoints.name, municipalityId: salesPoints.municipalityId, at: salesPoints.publishedAt })
			.from(salesPoints)
			.where(and(eq(salesPoints.status, 'published'), gt(salesPoints.publishedAt, since), lte(salesPoints.publishedAt, until)))
	]);
	return {
		producers: p.map((x) => ({ ...x, at: x.at! })),
		products: pr,
		salesPoints: sp.map((x) => ({ ...x, at: x.at! }))
	};
}
