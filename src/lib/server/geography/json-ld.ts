import { groupHours } from '$lib/domain/opening-hours';
import type { PublicLocation } from '$lib/domain/public-location';
import type { OpeningInterval } from '$lib/domain/types';
import { absoluteUrl } from '$lib/components/listings/links';

/**
 * schema.org data for listings. It is built only from a PublicLocation, so JSON-LD can never carry
 * more than the page shows: street address and coordinates appear only with exact precision.
 */
export type ListingContacts = {
	phone: string | null;
	email: string | null;
	website: string | null;
	facebook: string | null;
	instagram: string | null;
};

export type ListingJsonLdInput = {
	type: string;
	name: string;
	description?: string;
	location?: PublicLocation | null;
	hours?: readonly OpeningInterval[];
	contacts?: ListingContacts;
	extra?: Record<string, unknown>;
};

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function postalAddress(loc: PublicLocation): Record<string, string> {
	return {
		'@type': 'PostalAddress',
		...(loc.address ? { streetAddress: loc.address } : {}),
		...(loc.locality ? { addressLocality: loc.locality } : {}),
		addressRegion: loc.municipality,
		addressCountry: 'LV'
	};
}

/** Coordinates only for exact locations: a village centre would mislead as a business position. */
export function geoCoordinates(loc: PublicLocation): Record<string, unknown> | null {
	if (loc.precision !== 'exact' || !loc.address || !loc.point) return null;
	return { '@type': 'GeoCoordinates', latitude: loc.point.lat, longitude: loc.point.lng };
}

/** schema.org wants "09:00"; the domain formats "9:00" for people. */
const hhmm = (t: string) => t.padStart(5, '0');

export function openingHoursSpecification(hours: readonly OpeningInterval[]): Record<string, unknown>[] {
	return groupHours(hours).flatMap((g) =>
		g.ranges.map((r) => ({
			'@type': 'OpeningHoursSpecification',
			dayOfWeek: g.days.map((d) => `https://schema.org/${DAY_NAMES[d - 1]}`),
			opens: hhmm(r.opens),
			closes: hhmm(r.closes)
		}))
	);
}

export function listingJsonLd(input: ListingJsonLdInput): Record<string, unknown> {
	const c = input.contacts;
	const sameAs = [c?.facebook, c?.instagram].filter((x): x is string => !!x).map(absoluteUrl);
	const geo = input.location ? geoCoordinates(input.location) : null;
	return {
		'@context': 'https://schema.org',
		'@type': input.type,
		name: input.name,
		...(input.description ? { description: input.description } : {}),
		...(input.location ? { address: postalAddress(input.location) } : {}),
		...(geo ? { geo } : {}),
		...(input.hours?.length ? { openingHoursSpecification: openingHoursSpecification(input.hours) } : {}),
		...(c?.phone ? { telephone: c.phone } : {}),
		...(c?.email ? { email: c.email } : {}),
		...(c?.website ? { url: absoluteUrl(c.website) } : {}),
		...(sameAs.length ? { sameAs } : {}),
		...input.extra
	};
}
