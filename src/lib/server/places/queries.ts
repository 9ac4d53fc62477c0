import { hoursView, type HoursView } from '$lib/domain/hours-view';
import type { PublicLocation } from '$lib/domain/public-location';
import { isAmenityKey, type AmenityKey } from '$lib/contracts/listings/amenities';
import type { Contacts, ListingCard } from '$lib/contracts/listings/types';
import type { Db } from '$lib/server/db/types';
import { listingJsonLd } from '$lib/server/geography/json-ld';
import type { PageWindow } from '$lib/server/geography/paging';
import { toPublicLocationOne } from '$lib/server/geography/public-locations';
import { contactsOf, isOneOf, listingHead, listingIndexPage } from '$lib/server/listings/listing-pages';
import {
	countPlaces,
	findPublishedPlace,
	listPlaces,
	PLACE_KINDS,
	type PlaceKind
} from './places-repository';

export const PLACES_PER_PAGE = 24;

export const isPlaceKind = isOneOf(PLACE_KINDS);

export async function placeDirectory(
	db: Db,
	query: { kind: string | null; page: number },
	locale: string
): Promise<{ items: ListingCard[]; window: PageWindow; filter: { kind: string } }> {
	const kind = isPlaceKind(query.kind) ? query.kind : undefined;
	const index = await listingIndexPage(db, { count: countPlaces, list: listPlaces }, { kind }, { number: query.page, size: PLACES_PER_PAGE, locale });
	return { ...index, filter: { kind: kind ?? '' } };
}

const JSON_LD_TYPE: Record<PlaceKind, string> = {
	coworking: 'LocalBusiness',
	incubator: 'LocalBusiness',
	tourist_info: 'TouristInformationCenter',
	community_space: 'Place'
};

export type PlacePage = {
	place: {
		slug: string;
		name: string;
		kind: PlaceKind;
		isDemo: boolean;
		description: string;
		descriptionLang: string;
		amenities: AmenityKey[];
		/** A directory organisation (linked) or a plain name; null when not known. */
		operator: { slug: string | null; name: string } | null;
		hours: HoursView | null;
		contacts: Contacts;
		location: PublicLocation;
	};
	jsonLd: Record<string, unknown>;
};

export async function placePage(db: Db, slug: string, locale: string, now: Date): Promise<PlacePage | null> {
	const row = await findPublishedPlace(db, slug);
	if (!row) return null;
	const location = await toPublicLocationOne(db, row, locale);
	const contacts = contactsOf(row);
	const head = listingHead(row, locale);
	const operator =
		row.operatorSlug && row.operatorOrganisationName
			? { slug: row.operatorSlug, name: row.operatorOrganisationName }
			: row.operatorName
				? { slug: null, name: row.operatorName }
				: null;
	return {
		place: {
			...head,
			// Unknown keys would show untranslated, so only catalogued amenities pass.
			amenities: [...new Set(row.amenities)].filter(isAmenityKey),
			operator,
			hours: hoursView(row.openingHours, now),
			contacts,
			location
		},
		jsonLd: listingJsonLd({ type: JSON_LD_TYPE[row.kind], name: row.name, description: head.description, location, hours: hoursView(row.openingHours, now), contacts })
	};
}
