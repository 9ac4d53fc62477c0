import { publicLocation, type PublicLocation } from '$lib/domain/public-location';
import { localized } from '$lib/domain/localized';
import type { LocationPrecision } from '$lib/domain/types';
import type { Db } from '$lib/server/db/types';
import { isMoldovanMunicipality } from './municipal-kinds';
import { listTerritoriesByIds, type TerritoryRow } from './territories-repository';

/** The stored location columns every listing table shares (schema/location.ts). */
export type StoredLocationColumns = {
	municipalityId: number;
	localityId: number | null;
	address: string | null;
	lat: number | null;
	lng: number | null;
	locationPrecision: LocationPrecision;
};

/**
 * Resolves the territory names of many rows with one query and turns each stored location into
 * what the public may see. Flows put only the result into page data, never the raw columns.
 */
export async function toPublicLocations(
	db: Db,
	rows: readonly StoredLocationColumns[],
	locale: string
): Promise<PublicLocation[]> {
	const ids = rows.flatMap((r) => (r.localityId === null ? [r.municipalityId] : [r.municipalityId, r.localityId]));
	const byId = new Map((await listTerritoriesByIds(db, ids)).map((t) => [t.id, t]));
	return rows.map((r) => toPublicLocation(r, byId, locale));
}

export async function toPublicLocationOne(db: Db, row: StoredLocationColumns, locale: string): Promise<PublicLocation> {
	const [loc] = await toPublicLocations(db, [row], locale);
	return loc;
}

function toPublicLocation(row: StoredLocationColumns, byId: Map<number, TerritoryRow>, locale: string): PublicLocation {
	const municipality = byId.get(row.municipalityId);
	const locality = row.localityId === null ? undefined : byId.get(row.localityId);
	const place = (t: TerritoryRow) => ({ name: localized(t.name, locale), slug: t.slug, lat: t.lat, lng: t.lng });
	const pub = publicLocation({
		precision: row.locationPrecision,
		address: row.address,
		lat: row.lat,
		lng: row.lng,
		locality: locality ? place(locality) : null,
		municipality: municipality ? place(municipality) : { name: '', slug: '', lat: null, lng: null }
	});
	const lv = (t: TerritoryRow | undefined) => (t ? t.name.lv : null);
	const placed = isMoldovanMunicipality(municipality) ? { ...pub, country: 'MD' as const } : pub;
	return locale === 'lv' ? placed : { ...placed, latvian: { locality: pub.locality === null ? null : lv(locality), municipality: lv(municipality) ?? '' } };
}
