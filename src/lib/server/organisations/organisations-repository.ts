import { and, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { organisations } from '$lib/server/db/schema';
import { toNumber, type Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';
import type { StoredLocationColumns } from '$lib/server/geography/public-locations';

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

const listColumns = {
	id: organisations.id,
	slug: organisations.slug,
	name: organisations.name,
	kind: organisations.kind,
	isDemo: organisations.isDemo,
	municipalityId: organisations.municipalityId,
	localityId: organisations.localityId,
	address: organisations.address,
	lat: organisations.lat,
	lng: organisations.lng,
	locationPrecision: organisations.locationPrecision
};

function where(filter: OrganisationFilter): SQL | undefined {
	return and(
		eq(organisations.status, 'published'),
		filter.kind ? eq(organisations.kind, filter.kind) : undefined,
		filter.ids ? inArray(organisations.id, filter.ids.length ? [...filter.ids] : ['00000000-0000-0000-0000-000000000000']) : undefined
	);
}

export async function listOrganisations(db: Db, filter: OrganisationFilter, limit: number, offset = 0): Promise<OrganisationListRow[]> {
	return db
		.select(listColumns)
		.from(organisations)
		.where(where(filter))
		.orderBy(sql`${organisations.sortKey} collate "C"`, organisations.slug)
		.limit(limit)
		.offset(offset);
}

export async function countOrganisations(db: Db, filter: OrganisationFilter): Promise<number> {
	const [row] = await db.select({ n: count() }).from(organisations).where(where(filter));
	return toNumber(row?.n);
}

export async function findPublishedOrganisation(db: Db, slug: string): Promise<OrganisationRow | undefined> {
	const [row] = await db
		.select({
			...listColumns,
			legalName: organisations.legalName,
			description: organisations.description,
			registrationNumber: organisations.registrationNumber,
			officeHours: organisations.officeHours,
			phone: organisations.phone,
			email: organisations.email,
			website: organisations.website,
			facebook: organisations.facebook,
			instagram: organisations.instagram
		})
		.from(organisations)
		.where(and(eq(organisations.slug, slug), eq(organisations.status, 'published')))
		.limit(1);
	return row;
}
