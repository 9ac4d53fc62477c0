import type { ListingCard } from '$lib/contracts/listings/types';
import type { Db } from '$lib/server/db/types';
import { listCoverage } from './organisation-territories-repository';
import { listOrganisations } from './organisations-repository';
import { toListingCards } from '$lib/server/listings/listing-pages';

/** Enough for every LAG, association and centre of one region; the full list is /organizacijas. */
const CAP = 60;

/** How an organisation reaches the territory: registered for it, or for the region or country around it. */
export type CoverageScope = 'local' | 'region' | 'country';
export type CoveringOrganisation = ListingCard & { scope: CoverageScope };

/**
 * Organisations whose coverage includes one of `localIds` (the municipality itself, or a region and its
 * municipalities) or the broader region / country: a LAG registered for a whole region serves each novads in it.
 */
export async function organisationsCovering(
	db: Db,
	localIds: readonly number[],
	broader: { regionId?: number; countryId?: number },
	locale: string
): Promise<CoveringOrganisation[]> {
	const broaderIds = [broader.regionId, broader.countryId].filter((id): id is number => id !== undefined);
	const coverage = await listCoverage(db, [...localIds, ...broaderIds]);
	const ids = [...new Set(coverage.map((c) => c.organisationId))];
	if (ids.length === 0) return [];
	// The narrowest link wins: an organisation listed for the novads and its region is "local".
	const scopeOf = (orgId: string): CoverageScope => {
		const territories = coverage.filter((c) => c.organisationId === orgId).map((c) => c.territoryId);
		if (territories.some((t) => localIds.includes(t))) return 'local';
		return territories.includes(broader.regionId ?? -1) ? 'region' : 'country';
	};
	const rows = await listOrganisations(db, { ids }, CAP);
	const cards = await toListingCards(db, rows, locale);
	return cards.map((card, i) => ({ ...card, scope: scopeOf(rows[i].id) }));
}
