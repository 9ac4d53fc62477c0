import { eq, inArray, sql } from 'drizzle-orm';
import { organisationTerritories, territories } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import { territoryColumns, type TerritoryRow } from '$lib/server/geography/territories-repository';

/** The territories an organisation covers, in Latvian order (the flow puts regions first). */
export async function listCoveredTerritories(db: Db, organisationId: string): Promise<TerritoryRow[]> {
	return db
		.select(territoryColumns)
		.from(organisationTerritories)
		.innerJoin(territories, eq(territories.id, organisationTerritories.territoryId))
		.where(eq(organisationTerritories.organisationId, organisationId))
		.orderBy(sql`${territories.sortKey} collate "C"`, territories.id);
}

/** Which organisations cover any of the territories, and through which territory. */
export async function listCoverage(db: Db, territoryIds: readonly number[]): Promise<{ organisationId: string; territoryId: number }[]> {
	if (territoryIds.length === 0) return [];
	return db
		.select({ organisationId: organisationTerritories.organisationId, territoryId: organisationTerritories.territoryId })
		.from(organisationTerritories)
		.where(inArray(organisationTerritories.territoryId, [...territoryIds]));
}
