import { customType, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { producers, products } from './producers';

/** Binary column; PGlite hands back Uint8Array, node-postgres a Buffer: both become Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value))
});

/**
 * An uploaded photo. The bytes live in `image_variants` in the database, so every app process
 * behind the load balancer serves the same photos (see src/lib/server/images/README.md).
 * A photo belongs to a producer (profile photo, `product_id` null) or to one of its products, or
 * to an organisation (project logos and news pictures uploaded in its workspace).
 */
export const images = pgTable(
	'images',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Who uploaded it (no foreign key: an account can be deleted while the photo stays published). */
		ownerUserId: text('owner_user_id'),
		producerId: uuid('producer_id').references(() => producers.id, { onDelete: 'cascade' }),
		productId: uuid('product_id').references(() => products.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
		alt: text('alt').notNull(),
		/** Upright size of the largest variant, for width/height attributes (no layout shift). */
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		/** What the upload really was (by content): jpeg | png | webp | heic. */
		sourceType: text('source_type').notNull(),
		sortOrder: integer('sort_order').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('images_producer_idx').on(t.producerId, t.sortOrder),
		index('images_product_idx').on(t.productId, t.sortOrder),
		index('images_organisation_idx').on(t.organisationId)
	]
);

/** One resized WebP of a photo; `width` is the nominal width in the URL (320 | 640 | 1280). */
export const imageVariants = pgTable(
	'image_variants',
	{
		imageId: uuid('image_id')
			.notNull()
			.references(() => images.id, { onDelete: 'cascade' }),
		width: integer('width').notNull(),
		actualWidth: integer('actual_width').notNull(),
		height: integer('height').notNull(),
		etag: text('etag').notNull(),
		bytes: bytea('bytes').notNull()
	},
	(t) => [primaryKey({ columns: [t.imageId, t.width] })]
);
