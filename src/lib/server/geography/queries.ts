import { localized } from '$lib/domain/localized';
import type { ListingCard, ProducerCard } from '$lib/contracts/listings/types';
import type { Db } from '$lib/server/db/types';
import { organisationsCovering, type CoveringOrganisation } from '$lib/server/organisations/coverage';
import { countPlaces, listPlaces } from '$lib/server/places/places-repository';
import { toListingCards } from '$lib/server/listings/listing-pages';
import { countSalesPoints, listSalesPoints } from '$lib/server/sales-points/sales-points-repository';
import { isMoldovanMunicipality } from './municipal-kinds';
import { pageWindow, type PageWindow } from './paging';
import { countProducersByLocality, countProducersInMunicipalities, listProducerCardsInMunicipalities, toProducerCard } from './producers-in-territory';
import {
	municipalitiesByRegion,
	municipalitiesOfRegion,
	resolveMunicipalitySlug,
	type MunicipalitySummary,
	type RegionGroup
} from './territory-pages';
import { findTerritoryBySlug, listChildren, listHistoricalNamesOf, listTerritoriesByIds } from './territories-repository';

export const TERRITORY_PRODUCERS_PER_PAGE = 24;
/** Sales points and places are shown in full up to this many; beyond it the page links to the filtered list. */
export const TERRITORY_LISTING_CAP = 24;

export type Counted<T> = { items: T[]; total: number };

/** Latvia's novadi by planning region; Moldova's raioane by development region apart (`moldova`), not in `total`. */
export async function municipalityIndex(db: Db, locale: string): Promise<{ regions: RegionGroup[]; moldova: RegionGroup[]; total: number }> {
	const all = await municipalitiesByRegion(db, locale);
	const regions = all.filter((r) => !r.moldova);
	return { regions, moldova: all.filter((r) => r.moldova), total: regions.reduce((n, r) => n + r.municipalities.length, 0) };
}

type Listings = {
	producers: ProducerCard[];
	producersWindow: PageWindow;
	salesPoints: Counted<ListingCard>;
	places: Counted<ListingCard>;
	organisations: CoveringOrganisation[];
};

/** The listings both territory pages show, for a set of municipalities. */
async function listingsIn(
	db: Db,
	municipalityIds: number[],
	coverage: { local: number[]; regionId?: number; countryId?: number },
	page: number,
	locale: string
): Promise<Listings> {
	const producersWindow = pageWindow(await countProducersInMunicipalities(db, municipalityIds), page, TERRITORY_PRODUCERS_PER_PAGE);
	const producerRows = await listProducerCardsInMunicipalities(db, municipalityIds, producersWindow.perPage, producersWindow.offset);
	const filter = { municipalityIds };
	const salesPoints = {
		items: await toListingCards(db, await listSalesPoints(db, filter, TERRITORY_LISTING_CAP), locale),
		total: await countSalesPoints(db, filter)
	};
	const places = {
		items: await toListingCards(db, await listPlaces(db, filter, TERRITORY_LISTING_CAP), locale),
		total: await countPlaces(db, filter)
	};
	const organisations = await organisationsCovering(db, coverage.local, coverage, locale);
	return { producers: producerRows.map((p) => toProducerCard(p, locale)), producersWindow, salesPoints, places, organisations };
}

export type LocalitySummary = { slug: string; name: string; producers: number };

export type MunicipalityPage = Listings & {
	municipality: { slug: string; name: string; subkind: string | null; centre: { lat: number; lng: number } | null };
	region: { slug: string; name: string } | null;
	towns: LocalitySummary[];
	parishes: LocalitySummary[];
	historicalNames: string[];
};

export type MunicipalityResult = { kind: 'page'; data: MunicipalityPage } | { kind: 'redirect'; slug: string } | null;

export async function municipalityPage(db: Db, slug: string, locale: string, options: { page: number }): Promise<MunicipalityResult> {
	const resolved = await resolveMunicipalitySlug(db, slug);
	if (!resolved) return null;
	if (resolved.kind === 'moved') return { kind: 'redirect', slug: resolved.slug };
	const m = resolved.territory;
	const [region] = m.parentId === null ? [] : await listTerritoriesByIds(db, [m.parentId]);
	// Organisations registered for the region (or the whole country above it) serve this novads too.
	const coverage = { local: [m.id], regionId: region?.id, countryId: region?.parentId ?? undefined };
	const listings = await listingsIn(db, [m.id], coverage, options.page, locale);
	// a Moldovan raion's villages (sate, comune with their own primărie) stand where a novads has its parishes
	const moldovan = isMoldovanMunicipality(m);
	const localities = await listChildren(db, m.id, moldovan ? ['town', 'village'] : ['town', 'parish']);
	const byLocality = await countProducersByLocality(db, m.id);
	const summary = (t: (typeof localities)[number]): LocalitySummary => ({
		slug: t.slug,
		name: localized(t.name, locale),
		producers: byLocality.get(t.id) ?? 0
	});
	return {
		kind: 'page',
		data: {
			...listings,
			municipality: {
				slug: m.slug,
				name: localized(m.name, locale),
				subkind: m.subkind,
				centre: m.lat !== null && m.lng !== null ? { lat: m.lat, lng: m.lng } : null
			},
			region: region ? { slug: region.slug, name: localized(region.name, locale) } : null,
			towns: localities.filter((t) => t.kind === 'town').map(summary),
			parishes: localities.filter((t) => t.kind === (moldovan ? 'village' : 'parish')).map(summary),
			historicalNames: (await listHistoricalNamesOf(db, m.id)).map((h) => localized(h.name, locale))
		}
	};
}

export type RegionPage = Listings & {
	region: { slug: string; name: string; centre: { lat: number; lng: number } | null };
	municipalities: MunicipalitySummary[];
};

export async function regionPage(db: Db, slug: string, locale: string, options: { page: number }): Promise<RegionPage | null> {
	const region = await findTerritoryBySlug(db, 'planning_region', slug);
	if (!region) return null;
	const { rows, summaries } = await municipalitiesOfRegion(db, region, locale);
	const ids = rows.map((r) => r.id);
	const listings = await listingsIn(db, ids, { local: [region.id, ...ids] }, options.page, locale);
	return {
		...listings,
		region: {
			slug: region.slug,
			name: localized(region.name, locale),
			centre: region.lat !== null && region.lng !== null ? { lat: region.lat, lng: region.lng } : null
		},
		municipalities: summaries
	};
}
