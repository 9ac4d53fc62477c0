import { localized } from '$lib/domain/localized';
import type { LocalizedText } from '../db/schema/common';
import type { PublicVenue } from './venue-repository';

/** schema.org `Event` for an event page: never the join link (only registered people get it). */
export function eventJsonLd(
	e: { title: LocalizedText; summary: LocalizedText; startsAt: Date; endsAt: Date; status: string; online: boolean; languages: string[]; capacity: number | null; isDemo: boolean },
	ctx: { url: string; locale: string; venue: PublicVenue; organisation: { name: string; url: string }; placesLeft: number | null; registrationOpen: boolean; municipality: string | null }
): Record<string, unknown> {
	const physical = ctx.venue.name || ctx.venue.address || ctx.venue.place;
	const location: Record<string, unknown>[] = [];
	if (e.online) location.push({ '@type': 'VirtualLocation', url: ctx.url });
	if (physical) {
		location.push({
			'@type': 'Place',
			name: ctx.venue.name ?? ctx.venue.place?.name ?? ctx.venue.address,
			address: { '@type': 'PostalAddress', streetAddress: ctx.venue.address ?? undefined, addressLocality: ctx.municipality ?? undefined, addressCountry: 'LV' },
			...(ctx.venue.point ? { geo: { '@type': 'GeoCoordinates', latitude: ctx.venue.point.lat, longitude: ctx.venue.point.lng } } : {})
		});
	}
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: localized(e.title, ctx.locale),
		description: localized(e.summary, ctx.locale) || undefined,
		startDate: e.startsAt.toISOString(),
		endDate: e.endsAt.toISOString(),
		eventStatus: e.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
		eventAttendanceMode: e.online ? (physical ? 'https://schema.org/MixedEventAttendanceMode' : 'https://schema.org/OnlineEventAttendanceMode') : 'https://schema.org/OfflineEventAttendanceMode',
		location: location.length === 1 ? location[0] : location,
		organizer: { '@type': 'Organization', name: ctx.organisation.name, url: ctx.organisation.url },
		inLanguage: e.languages,
		url: ctx.url,
		isAccessibleForFree: true,
		...(e.capacity !== null ? { maximumAttendeeCapacity: e.capacity, remainingAttendeeCapacity: ctx.placesLeft ?? undefined } : {}),
		offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR', url: ctx.url, availability: ctx.registrationOpen ? (ctx.placesLeft === 0 ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock') : 'https://schema.org/Discontinued' }
	};
}
