import { and, eq } from 'drizzle-orm';
import { organisations, places } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';
import type { Contacts } from '$lib/contracts/listings/types';
import { contactSelection, inList, listingRepository, type ListingRow } from '$lib/server/listings/listing-table';

export type PlaceKind = (typeof places.kind.enumValues)[number];
export const PLACE_KINDS: readonly PlaceKind[] = places.kind.enumValues;

export type PlaceFilter = { kind?: PlaceKind; municipalityIds?: readonly number[]; operatorId?: string };

export type PlaceListRow = ListingRow<PlaceKind>;

export type PlaceRow = PlaceListRow &
	Contacts & {
		description: LocalizedText;
		amenities: string[];
		operatorName: string | null;
		/** Set only when the operator is a published organisation (a link target). */
		operatorSlug: string | null;
		operatorOrganisationName: string | null;
		openingHours: string;
	};

const repository = listingRepository({
	table: places,
	conditions: (filter: PlaceFilter) => [
		filter.kind ? eq(places.kind, filter.kind) : undefined,
		inList(places.municipalityId, filter.municipalityIds),
		filter.operatorId ? eq(places.operatorId, filter.operatorId) : undefined
	],
	detailColumns: {
		description: places.description,
		amenities: places.amenities,
		operatorName: places.operatorName,
		operatorSlug: organisations.slug,
		operatorOrganisationName: organisations.name,
		openingHours: places.openingHours,
		...contactSelection(places)
	},
	// An unpublished operator must not leak its name or slug, hence the condition in the join.
	join: { table: organisations, on: and(eq(organisations.id, places.operatorId), eq(organisations.status, 'published'))! }
});

export const listPlaces: (db: Db, filter: PlaceFilter, limit: number, offset?: number) => Promise<PlaceListRow[]> = repository.list;
export const countPlaces: (db: Db, filter: PlaceFilter) => Promise<number> = repository.count;
export const findPublishedPlace: (db: Db, slug: string) => Promise<PlaceRow | undefined> = repository.findPublished;
