import { localized, localizedLang } from '$lib/domain/localized';
import type { LocalizedText } from '$lib/domain/types';
import type { Contacts, ListingCard } from '$lib/contracts/listings/types';
import type { Db } from '$lib/server/db/types';
import { pageWindow, type PageWindow } from '$lib/server/geography/paging';
import { toPublicLocations, type StoredLocationColumns } from '$lib/server/geography/public-locations';

/** The page data the organisation, place and sales point index and detail pages build alike. */

/** A type guard for a kind from the URL: an unknown one is ignored by the list pages, not rejected. */
export function isOneOf<K extends string>(values: readonly K[]) {
	return (value: string | null | undefined): value is K => !!value && (values as readonly string[]).includes(value);
}

type CardRow = StoredLocationColumns & { slug: string; name: string; kind: string; isDemo: boolean };

/** Cards with their public location (`publicLocation()`), in the rows' order. */
export async function toListingCards(db: Db, rows: readonly CardRow[], locale: string): Promise<ListingCard[]> {
	const locations = await toPublicLocations(db, rows, locale);
	return rows.map((r, i) => ({ slug: r.slug, name: r.name, kind: r.kind, isDemo: r.isDemo, location: locations[i] }));
}

/** One page of an index: the count sets the window, the rows are read for it. */
export async function listingIndexPage<F>(
	db: Db,
	read: { count: (db: Db, filter: F) => Promise<number>; list: (db: Db, filter: F, limit: number, offset: number) => Promise<CardRow[]> },
	filter: F,
	page: { number: number; size: number; locale: string }
): Promise<{ items: ListingCard[]; window: PageWindow }> {
	const window = pageWindow(await read.count(db, filter), page.number, page.size);
	const rows = await read.list(db, filter, page.size, window.offset);
	return { items: await toListingCards(db, rows, page.locale), window };
}

export function contactsOf(row: Contacts): Contacts {
	return { phone: row.phone, email: row.email, website: row.website, facebook: row.facebook, instagram: row.instagram };
}

type HeadRow<K extends string> = { slug: string; name: string; kind: K; isDemo: boolean; description: LocalizedText | null };

/** What every detail page shows first: identity, the demo flag and the description in the reader's language. */
export function listingHead<K extends string>(row: HeadRow<K>, locale: string) {
	return {
		slug: row.slug,
		name: row.name,
		kind: row.kind,
		isDemo: row.isDemo,
		description: localized(row.description, locale),
		descriptionLang: localizedLang(row.description, locale)
	};
}
