import { eq } from 'drizzle-orm';
import { organisations } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';
import type { StoredLocationColumns } from '$lib/server/geography/public-locations';
import {
	contactSelection,
	countListingRows,
	findPublishedListing,
	inList,
	listingColumns,
	listingTable,
	listListingRows
} from '$lib/server/listings/listing-table';

export type OrganisationKind = (typeof organisations.kind.enumValues)[number];
export const ORGANISATION_KINDS: readonly OrganisationKind[] = organisations.kind.enumValues;

export type OrganisationFilter = { kind?: OrganisationKind; ids?: readonly string[] };

export type OrganisationListRow = StoredLocationColumns & {
	id: string;
	slug: string;
	name: string;
	kind: OrganisationKind;
	isDemo: boolean;
};

export type OrganisationRow = OrganisationListRow & {
	legalName: string | null;
	description: LocalizedText;
	registrationNumber: string | null;
	officeHours: string;
	phone: string | null;
	email: string | null;
	website: string | null;
	facebook: string | null;
	instagram: string | null;
};

const table = listingTable({
	table: organisations,
	listColumns: listingColumns(organisations),
	conditions: (filter: OrganisationFilter) => [
		filter.kind ? eq(organisations.kind, filter.kind) : undefined,
		inList(organisations.id, filter.ids)
	]
});

export function listOrganisations(db: Db, filter: OrganisationFilter, limit: number, offset = 0): Promise<OrganisationListRow[]> {
	return listListingRows(db, table, filter, limit, offset);
}

export function countOrganisations(db: Db, filter: OrganisationFilter): Promise<number> {
	return countListingRows(db, table, filter);
}

export function findPublishedOrganisation(db: Db, slug: string): Promise<OrganisationRow | undefined> {
	return findPublishedListing(db, table, slug, {
		legalName: organisations.legalName,
		description: organisations.description,
		registrationNumber: organisations.registrationNumber,
		officeHours: organisations.officeHours,
		...contactSelection(organisations)
	});
}
