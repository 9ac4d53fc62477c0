import type { LocationPrecision } from './types';

export type StoredLocation = {
	precision: LocationPrecision;
	address: string | null;
	lat: number | null;
	lng: number | null;
	locality: { name: string; slug: string; lat: number | null; lng: number | null } | null;
	municipality: { name: string; slug: string; lat: number | null; lng: number | null };
};

/** What the public may see of a location: never more than the owner chose. */
export type PublicLocation = {
	precision: LocationPrecision;
	/** Street/homestead address: only with exact precision. */
	address: string | null;
	/** Locality name: with exact or locality precision. */
	locality: string | null;
	municipality: string;
	municipalitySlug: string;
	/** Point to show on a map: the house, the locality centre or the municipality centre. */
	point: { lat: number; lng: number } | null;
	/**
	 * The same names in Latvian, when they were looked up in another language: a typed address is
	 * Latvian ("Ozolnieku pagasts"), so "Ozolnieki Parish" is not repeated after it.
	 */
	latvian?: { locality: string | null; municipality: string };
	/** Set for a place in Moldova (a raion or municipiu, issue 19); absent means Latvia. */
	country?: 'MD';
};

/**
 * The single place where a stored location turns public. Home producers often sell from home,
 * so with 'locality' the map shows the village centre and with 'municipality' only the novads centre.
 */
export function publicLocation(loc: StoredLocation): PublicLocation {
	const municipalityPoint = pointOf(loc.municipality.lat, loc.municipality.lng);
	const localityPoint = loc.locality ? pointOf(loc.locality.lat, loc.locality.lng) : null;
	const base = { precision: loc.precision, municipality: loc.municipality.name, municipalitySlug: loc.municipality.slug };
	switch (loc.precision) {
		case 'exact':
			return {
				...base,
				address: loc.address,
				locality: loc.locality?.name ?? null,
				point: pointOf(loc.lat, loc.lng) ?? localityPoint ?? municipalityPoint
			};
		case 'locality':
			return { ...base, address: null, locality: loc.locality?.name ?? null, point: localityPoint ?? municipalityPoint };
		case 'municipality':
			return { ...base, address: null, locality: null, point: municipalityPoint };
	}
}

function pointOf(lat: number | null, lng: number | null): { lat: number; lng: number } | null {
	return lat === null || lng === null ? null : { lat, lng };
}
