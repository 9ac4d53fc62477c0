import { and, eq } from 'drizzle-orm';
import { producerOwners } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';

export async function addOwner(db: Db, producerId: string, userId: string): Promise<void> {
	await db.insert(producerOwners).values({ producerId, userId }).onConflictDoNothing();
}

export async function isOwner(db: Db, producerId: string, userId: string): Promise<boolean> {
	const rows = await db
		.select({ producerId: producerOwners.producerId })
		.from(producerOwners)
		.where(and(eq(producerOwners.producerId, producerId), eq(producerOwners.userId, userId)));
	return rows.length > 0;
}
