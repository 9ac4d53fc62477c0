import { localized } from '$lib/domain/localized';
import { moldovanAddress } from '$lib/domain/postal-address';
import type { PublicLocation } from '$lib/domain/public-location';
import { isMoldovanMunicipality } from './municipal-kinds';
import type { TerritoryRow } from './territories-repository';

/**
 * The postal address a Moldovan producer's page shows (issue 19), built from what publicLocation()
 * let through and the stored postcode: null unless the producer shows its exact address, so nothing
 * more leaves the server. Pure.
 */
export function moldovanProducerAddress(municipality: TerritoryRow | undefined, location: PublicLocation, postalCode: string | null, locale: string): string | null {
	if (!municipality || !isMoldovanMunicipality(municipality) || location.address === null) return null;
	return moldovanAddress({ street: location.address, locality: location.locality, raion: localized(municipality.name, locale), municipiu: municipality.kind === 'md_municipality', postcode: postalCode });
}
