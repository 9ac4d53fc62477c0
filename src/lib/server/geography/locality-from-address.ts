/**
 * The village, town or parish an owner names in the address field ("Pagasts, ciems vai adrese"):
 * "Ozolnieki", "“Ozolkalns”, Ozolnieku pagasts, Jelgavas novads". A producer who shows only the
 * village must be stored with it (issue 12, item 8), or the public page can only say the novads.
 * The importer's matcher reads the parts; the first part that names a locality of the
 * municipality wins.
 */
import type { Db } from '$lib/server/db/types';
import { loadTerritoryRows } from '$lib/server/import/reference-repository';
import { buildTerritoryMatcher } from '$lib/server/import/territory-match';

export async function localityFromAddress(db: Db, municipalityId: number, address: string | null): Promise<number | null> {
	if (!address?.trim()) return null;
	const matcher = buildTerritoryMatcher(await loadTerritoryRows(db));
	const parts = [address, ...address.split(/[,;/()\n]+/)].map((p) => p.trim()).filter(Boolean);
	for (const part of parts) {
		const found = matcher.resolveLocality(municipalityId, part);
		if (found.ok) return found.locality.id;
	}
	return null;
}
