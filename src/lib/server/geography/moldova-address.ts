import { eq } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import { moldovanAddress } from '$lib/domain/postal-address';
import type { PublicLocation } from '$lib/domain/public-location';
import { producers } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { TerritoryRow } from './territories-repository';

/** A territory of Moldova's tree (raion, municipiu, autonomy): its listings use Moldovan address formats. */
export function isMoldovan(t: Pick<TerritoryRow, 'kind'> | undefined): boolean {
	return !!t && t.kind.startsWith('md_');
}

/**
 * The postal address a Moldovan producer's page shows (issue 19), built from what publicLocation()
 * let through: null unless the producer shows its exact address, so nothing more leaves the server.
 */
export async function moldovanProducerAddress(db: Db, producerId: string, municipality: TerritoryRow | undefined, location: PublicLocation, locale: string): Promise<string | null> {
	if (!municipality || !isMoldovan(municipality) || location.address === null) return null;
	const [row] = await db.select({ postalCode: producers.postalCode }).from(producers).where(eq(producers.id, producerId)).limit(1);
	return moldovanAddress({ street: location.address, locality: location.locality, raion: localized(municipality.name, locale), municipiu: municipality.kind === 'md_municipality', postcode: row?.postalCode ?? null });
}
