import { and, count, eq } from 'drizzle-orm';
import { organisationProducers, producers, territories } from '$lib/server/db/schema';
import { toNumber, type Db } from '$lib/server/db/types';
import {
	producerCardColumns,
	producerLatvianOrder,
	type ProducerCardRow
} from '$lib/server/geography/producers-in-territory';

const ofOrganisation = (organisationId: string) =>
	and(eq(organisationProducers.organisationId, organisationId), eq(producers.status, 'published'));

export async function listProducersOfOrganisation(db: Db, organisationId: string, limit: number, offset: number): Promise<ProducerCardRow[]> {
	return db
		.select(producerCardColumns)
		.from(organisationProducers)
		.innerJoin(producers, eq(producers.id, organisationProducers.producerId))
		.innerJoin(territories, eq(territories.id, producers.municipalityId))
		.where(ofOrganisation(organisationId))
		.orderBy(...producerLatvianOrder)
		.limit(limit)
		.offset(offset);
}

export async function countProducersOfOrganisation(db: Db, organisationId: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(organisationProducers)
		.innerJoin(producers, eq(producers.id, organisationProducers.producerId))
		.where(ofOrganisation(organisationId));
	return toNumber(row?.n);
}
