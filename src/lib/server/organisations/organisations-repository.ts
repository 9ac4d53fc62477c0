import { eq } from 'drizzle-orm';
import { organisations } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';
import type { Contacts } from '$lib/contracts/listings/types';
import { contactSelection, inList, listingRepository, type ListingRow } from '$lib/server/listings/listing-table';

export type OrganisationKind = (typeof organisations.kind.enumValues)[number];
export const ORGANISATION_KINDS: readonly OrganisationKind[] = organisations.kind.enumValues;

export type OrganisationFilter = { kind?: OrganisationKind; ids?: readonly string[] };

export type OrganisationListRow = ListingRow<OrganisationKind>;

export type OrganisationRow = OrganisationListRow &
	Contacts & {
		legalName: string | null;
		description: LocalizedText;
		registrationNumber: string | null;
		officeHours: string;
	};

const repository = listingRepository({
	table: organisations,
	conditions: (filter: OrganisationFilter) => [
		filter.kind ? eq(organisations.kind, filter.kind) : undefined,
		inList(organisations.id, filter.ids)
	],
	detailColumns: {
		legalName: organisations.legalName,
		description: organisations.description,
		registrationNumber: organisations.registrationNumber,
		officeHours: organisations.officeHours,
		...contactSelection(organisations)
	}
});

export const listOrganisations: (db: Db, filter: OrganisationFilter, limit: number, offset?: number) => Promise<OrganisationListRow[]> =
	repository.list;
export const countOrganisations: (db: Db, filter: OrganisationFilter) => Promise<number> = repository.count;
export const findPublishedOrganisation: (db: Db, slug: string) => Promise<OrganisationRow | undefined> = repository.findPublished;
