import { and, eq } from 'drizzle-orm';
import { producerSalesPoints, producers, territories } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';
import {
	producerCardColumns,
	producerLatvianOrder,
	type ProducerCardRow
} from '$lib/server/geography/producers-in-territory';

export type ProducerAtSalesPointRow = ProducerCardRow & { note: LocalizedText | null };

/** Published producers who sell at a sales point, with the link's note ("sestdienās"). */
export async function listProducersAtSalesPoint(db: Db, salesPointId: string): Promise<ProducerAtSalesPointRow[]> {
	return db
		.select({ ...producerCardColumns, note: producerSalesPoints.note })
		.from(producerSalesPoints)
		.innerJoin(producers, eq(producers.id, producerSalesPoints.producerId))
		.innerJoin(territories, eq(territories.id, producers.municipalityId))
		.where(and(eq(producerSalesPoints.salesPointId, salesPointId), eq(producers.status, 'published')))
		.orderBy(...producerLatvianOrder);
}
