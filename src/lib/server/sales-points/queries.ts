import { localized, localizedLang } from '$lib/domain/localized';
import { hoursView, type HoursView } from '$lib/domain/hours-view';
import type { PublicLocation } from '$lib/domain/public-location';
import type { Contacts, ListingCard, Option, ProducerCard } from '$lib/contracts/listings/types';
import type { Db } from '$lib/server/db/types';
import { listingJsonLd } from '$lib/server/geography/json-ld';
import type { PageWindow } from '$lib/server/geography/paging';
import { toProducerCard } from '$lib/server/geography/producers-in-territory';
import { toPublicLocationOne } from '$lib/server/geography/public-locations';
import { contactsOf, isOneOf, listingHead, listingIndexPage } from '$lib/server/listings/listing-pages';
import { listTerritoriesByKind } from '$lib/server/geography/territories-repository';
import { listProducersAtSalesPoint } from './producer-sales-points-repository';
import {
	countSalesPoints,
	findPublishedSalesPoint,
	listSalesPoints,
	SALES_POINT_KINDS,
	type SalesPointKind
} from './sales-points-repository';

export const SALES_POINTS_PER_PAGE = 24;

export const isSalesPointKind = isOneOf(SALES_POINT_KINDS);

export type SalesPointDirectory = {
	items: ListingCard[];
	window: PageWindow;
	filter: { kind: string; municipality: string };
	municipalityOptions: Option[];
};

/** The list page: unknown kinds or municipality slugs in the URL are ignored rather than rejected. */
export async function salesPointDirectory(
	db: Db,
	query: { kind: string | null; municipality: string | null; page: number },
	locale: string
): Promise<SalesPointDirectory> {
	const kind = isSalesPointKind(query.kind) ? query.kind : undefined;
	const municipalities = await listTerritoriesByKind(db, 'municipality');
	const municipality = municipalities.find((t) => t.slug === query.municipality);
	const filter = { kind, municipalityIds: municipality ? [municipality.id] : undefined };
	const page = { number: query.page, size: SALES_POINTS_PER_PAGE, locale };
	return {
		...(await listingIndexPage(db, { count: countSalesPoints, list: listSalesPoints }, filter, page)),
		filter: { kind: kind ?? '', municipality: municipality?.slug ?? '' },
		municipalityOptions: municipalities.map((t) => ({ value: t.slug, label: localized(t.name, locale) }))
	};
}

export type SalesPointPage = {
	salesPoint: {
		slug: string;
		name: string;
		kind: SalesPointKind;
		isDemo: boolean;
		description: string;
		descriptionLang: string;
		hoursNote: string;
		hoursNoteLang: string;
		hours: HoursView | null;
		contacts: Contacts;
		location: PublicLocation;
	};
	producers: ProducerCard[];
	jsonLd: Record<string, unknown>;
};

/** Markets and fairs are events on a square more than shops, so they get the generic type. */
const JSON_LD_TYPE: Record<SalesPointKind, string> = {
	market: 'LocalBusiness',
	fair: 'LocalBusiness',
	farm_gate: 'Store',
	shop: 'Store',
	producers_shop: 'Store',
	e_shop: 'Store'
};

export async function salesPointPage(db: Db, slug: string, locale: string, now: Date): Promise<SalesPointPage | null> {
	const row = await findPublishedSalesPoint(db, slug);
	if (!row) return null;
	const location = await toPublicLocationOne(db, row, locale);
	const producerRows = await listProducersAtSalesPoint(db, row.id);
	const contacts = contactsOf(row);
	const head = listingHead(row, locale);
	const hours = hoursView(row.openingHours, now);
	return {
		salesPoint: {
			...head,
			hoursNote: localized(row.hoursNote, locale),
			hoursNoteLang: localizedLang(row.hoursNote, locale),
			hours,
			contacts,
			location
		},
		producers: producerRows.map((p) => ({
			...toProducerCard(p, locale),
			note: localized(p.note, locale) || undefined,
			noteLang: p.note ? localizedLang(p.note, locale) : undefined
		})),
		jsonLd: listingJsonLd({
			type: JSON_LD_TYPE[row.kind],
			name: row.name,
			description: head.description,
			location,
			hours,
			contacts
		})
	};
}
