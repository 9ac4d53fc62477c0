import type { HoursView } from '$lib/domain/hours-view';
import { groupWeek } from '$lib/domain/hours-model';
import type { PublicLocation } from '$lib/domain/public-location';
import { absoluteUrl } from '$lib/contracts/listings/links';

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
	hours?: HoursView | null;
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
		addressCountry: loc.country ?? 'LV'
	};
}

/** Coordinates only for exact locations: a village centre would mislead as a business position. */
export function geoCoordinates(loc: PublicLocation): Record<string, unknown> | null {
	if (loc.precision !== 'exact' || !loc.address || !loc.point) return null;
	return { '@type': 'GeoCoordinates', latitude: loc.point.lat, longitude: loc.point.lng };
}

/** schema.org wants "09:00" ("24:00" is its "23:59"). */
const hhmm = (t: string) => (t === '24:00' ? '23:59' : t.padStart(5, '0'));

/**
 * Weekly hours as days of the week; hours that change with the season or date as the coming days,
 * each valid on its date (schema.org has no "last weekend of September").
 */
export function openingHoursSpecification(hours: HoursView): Record<string, unknown>[] {
	if (!hours.weekly) {
		return hours.coming.flatMap((d) =>
			d.ranges.map((r) => ({ '@type': 'OpeningHoursSpecification', validFrom: d.date, validThrough: d.date, opens: hhmm(r.opens), closes: hhmm(r.closes) }))
		);
	}
	const week: { opens: string; closes: string }[][] = [[], [], [], [], [], [], []];
	for (const d of hours.coming) week[d.isoDay - 1] = d.ranges;
	return groupWeek(week).flatMap((g) =>
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
		...(input.hours ? { openingHoursSpecification: openingHoursSpecification(input.hours) } : {}),
		...(c?.phone ? { telephone: c.phone } : {}),
		...(c?.email ? { email: c.email } : {}),
		...(c?.website ? { url: absoluteUrl(c.website) } : {}),
		...(sameAs.length ? { sameAs } : {}),
		...input.extra
	};
}
