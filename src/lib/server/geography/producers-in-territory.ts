import { and, count, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { producers, territories } from '$lib/server/db/schema';
import { toNumber, type Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';
import { localized } from '$lib/domain/localized';
import type { ProducerCard } from '$lib/contracts/listings/types';

/**
 * Producer card data for the territory, sales point and organisation pages. The producer feature
 * has its own queries; these few stay here so both features can change without touching each other.
 */
export type ProducerKind = (typeof producers.kind.enumValues)[number];

export type ProducerCardRow = {
	id: string;
	slug: string;
	name: string;
	kind: ProducerKind;
	municipalityName: LocalizedText;
	isDemo: boolean;
};

export const producerCardColumns = {
	id: producers.id,
	slug: producers.slug,
	name: producers.name,
	kind: producers.kind,
	municipalityName: territories.name,
	isDemo: producers.isDemo
};

export const producerLatvianOrder = [sql`${producers.sortKey} collate "C"`, producers.slug] as const;

const published = eq(producers.status, 'published');

function inMunicipalities(ids: readonly number[]): SQL {
	return inArray(producers.municipalityId, ids.length ? [...ids] : [-1]);
}

export async function listProducerCardsInMunicipalities(
	db: Db,
	municipalityIds: readonly number[],
	limit: number,
	offset: number
): Promise<ProducerCardRow[]> {
	return db
		.select(producerCardColumns)
		.from(producers)
		.innerJoin(territories, eq(territories.id, producers.municipalityId))
		.where(and(published, inMunicipalities(municipalityIds)))
		.orderBy(...producerLatvianOrder)
		.limit(limit)
		.offset(offset);
}

export async function countProducersInMunicipalities(db: Db, municipalityIds: readonly number[]): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(producers)
		.where(and(published, inMunicipalities(municipalityIds)));
	return toNumber(row?.n);
}

/**
 * Published producers per locality of one municipality. Producers who show only their municipality
 * are left out: counting them under their village would reveal what they chose to hide.
 */
export async function countProducersByLocality(db: Db, municipalityId: number): Promise<Map<number, number>> {
	const rows = await db
		.select({ id: producers.localityId, n: count() })
		.from(producers)
		.where(and(published, eq(producers.municipalityId, municipalityId), ne(producers.locationPrecision, 'municipality')))
		.groupBy(producers.localityId);
	return new Map(rows.filter((r) => r.id !== null).map((r) => [r.id as number, toNumber(r.n)]));
}

export function toProducerCard(row: ProducerCardRow, locale: string): ProducerCard {
	return { slug: row.slug, name: row.name, kind: row.kind, municipality: localized(row.municipalityName, locale), isDemo: row.isDemo };
}
