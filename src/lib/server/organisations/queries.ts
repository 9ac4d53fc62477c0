import { localized } from '$lib/domain/localized';
import { hoursView, type HoursView } from '$lib/domain/hours-view';
import type { PublicLocation } from '$lib/domain/public-location';
import type { Contacts, ListingCard, ProducerCard, TerritoryLink } from '$lib/contracts/listings/types';
import type { Db } from '$lib/server/db/types';
import { listingJsonLd } from '$lib/server/geography/json-ld';
import { pageWindow, type PageWindow } from '$lib/server/geography/paging';
import { toProducerCard } from '$lib/server/geography/producers-in-territory';
import { toPublicLocationOne } from '$lib/server/geography/public-locations';
import type { TerritoryRow } from '$lib/server/geography/territories-repository';
import { listPlaces } from '$lib/server/places/places-repository';
import { contactsOf, isOneOf, listingHead, listingIndexPage, toListingCards } from '$lib/server/listings/listing-pages';
import { countProducersOfOrganisation, listProducersOfOrganisation } from './organisation-producers-repository';
import { listCoveredTerritories } from './organisation-territories-repository';
import {
	countOrganisations,
	findPublishedOrganisation,
	listOrganisations,
	ORGANISATION_KINDS,
	type OrganisationKind
} from './organisations-repository';

export const ORGANISATIONS_PER_PAGE = 24;
export const ORGANISATION_PRODUCERS_PER_PAGE = 24;
/** An organisation runs a handful of places at most; more than this is a data error, not a list to page. */
const PLACES_CAP = 50;

export const isOrganisationKind = isOneOf(ORGANISATION_KINDS);

export async function organisationDirectory(
	db: Db,
	query: { kind: string | null; page: number },
	locale: string
): Promise<{ items: ListingCard[]; window: PageWindow; filter: { kind: string } }> {
	const kind = isOrganisationKind(query.kind) ? query.kind : undefined;
	const page = { number: query.page, size: ORGANISATIONS_PER_PAGE, locale };
	const index = await listingIndexPage(db, { count: countOrganisations, list: listOrganisations }, { kind }, page);
	return { ...index, filter: { kind: kind ?? '' } };
}

/** Region links first (they cover the most), then municipalities; other levels are shown unlinked. */
export function coverageLinks(rows: readonly TerritoryRow[], locale: string): TerritoryLink[] {
	const rank = (t: TerritoryRow) => (t.kind === 'planning_region' ? 0 : t.kind === 'municipality' ? 1 : 2);
	return [...rows]
		.sort((a, b) => rank(a) - rank(b))
		.map((t) => ({
			slug: t.slug,
			name: localized(t.name, locale),
			kind: t.kind === 'planning_region' || t.kind === 'municipality' ? t.kind : 'other'
		}));
}

const JSON_LD_TYPE: Record<OrganisationKind, string> = {
	association: 'NGO',
	lag: 'NGO',
	ngo: 'NGO',
	business_centre: 'Organization',
	public_body: 'GovernmentOrganization'
};

export type OrganisationPage = {
	organisation: {
		slug: string;
		name: string;
		legalName: string | null;
		kind: OrganisationKind;
		isDemo: boolean;
		description: string;
		descriptionLang: string;
		registrationNumber: string | null;
		officeHours: HoursView | null;
		contacts: Contacts;
		location: PublicLocation;
	};
	coverage: TerritoryLink[];
	producers: ProducerCard[];
	producersWindow: PageWindow;
	places: ListingCard[];
	jsonLd: Record<string, unknown>;
};

export async function organisationPage(
	db: Db,
	slug: string,
	locale: string,
	options: { page: number; now: Date }
): Promise<OrganisationPage | null> {
	const row = await findPublishedOrganisation(db, slug);
	if (!row) return null;
	const location = await toPublicLocationOne(db, row, locale);
	const coverage = coverageLinks(await listCoveredTerritories(db, row.id), locale);
	const producersWindow = pageWindow(await countProducersOfOrganisation(db, row.id), options.page, ORGANISATION_PRODUCERS_PER_PAGE);
	const producerRows = await listProducersOfOrganisation(db, row.id, producersWindow.perPage, producersWindow.offset);
	const places = await toListingCards(db, await listPlaces(db, { operatorId: row.id }, PLACES_CAP), locale);
	const contacts = contactsOf(row);
	const head = listingHead(row, locale);
	return {
		organisation: {
			...head,
			legalName: row.legalName,
			registrationNumber: row.registrationNumber,
			officeHours: hoursView(row.officeHours, options.now),
			contacts,
			location
		},
		coverage,
		producers: producerRows.map((p) => toProducerCard(p, locale)),
		producersWindow,
		places,
		jsonLd: listingJsonLd({
			type: JSON_LD_TYPE[row.kind],
			name: row.name,
			description: head.description,
			location,
			contacts,
			extra: {
				...(row.legalName ? { legalName: row.legalName } : {}),
				...(coverage.length ? { areaServed: coverage.map((t) => ({ '@type': 'AdministrativeArea', name: t.name })) } : {})
			}
		})
	};
}
