import { count } from 'drizzle-orm';
import { producers } from '../db/schema';
import type { Db } from '../db/types';
import { toNumber } from '../db/types';

/** First start on an empty database: fill it with demo data so the site is browsable at once. */
export async function seedDemoIfEmpty(db: Db): Promise<void> {
	const [row] = await db.select({ n: count() }).from(producers);
	if (toNumber(row?.n) > 0) return;
	// the demo data and what writes it (markup, images) are loaded only for an empty database
	const { seedDemo } = await import('./index');
	const summary = await seedDemo(db);
	console.log(`Tuvumā: demo data loaded (${summary.producers} producers, ${summary.products} products).`);
}
