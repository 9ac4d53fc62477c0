import { localized } from '$lib/domain/localized';
import type { PublicLocation } from '$lib/domain/public-location';
import type { CategoryChip } from '$lib/contracts/producers/types';
import type { Db } from '$lib/server/db/types';
import { toPublicLocations, type StoredLocationColumns } from '$lib/server/geography/public-locations';
import { listTerritoriesByKind, type TerritoryRow } from '$lib/server/geography/territories-repository';
import { resolveMunicipalitySlug } from '$lib/server/geography/territory-pages';
import { organisationPage, type OrganisationPage } from '$lib/server/organisations/queries';
import { countOrganisations, listOrganisations } from '$lib/server/organisations/organisations-repository';
import { placePage, type PlacePage } from '$lib/server/places/queries';
import { countPlaces, listPlaces } from '$lib/server/places/places-repository';
import { orderCategories, toChip } from '$lib/server/producers/cards';
import { listCategoryLinks } from '$lib/server/producers/producer-links-repository';
import { producerPage, type ProducerPage } from '$lib/server/producers/producer-page';
import { searchPort } from '$lib/server/search';
import { countProducers, listProducers } from '$lib/server/producers/directory-index';
import { resolveDirectoryFilter, type FilterSlugParam } from '$lib/server/producers/directory-filter';
import { salesPointPage, type SalesPointPage } from '$lib/server/sales-points/queries';
import { countSalesPoints, listSalesPoints } from '$lib/server/sales-points/sales-points-repository';
import { listCategories, type CategoryRow } from '$lib/server/taxonomy/categories-repository';
import { sortLatvian } from '$lib/text/collation';
import {
	findPublishedOrganisationId,
	findPublishedPlaceId,
	findPublishedProducerIdentity,
	findPublishedSalesPointId,
	listExternalIds,
	listHistoricalMunicipalities
} from './identity-repository';
import { isPlausibleSlug } from './params';
import { organisationLines, placeCommunity, type LineView, type PlaceCommunity } from '$lib/server/communities/queries';
import type {
	CategoryListParams,
	MunicipalityListParams,
	OrganisationListParams,
	PageParams,
	ParamError,
	PlaceListParams,
	ProducerListParams,
	SalesPointListParams
} from './params';

/**
 * Read flows of the public API. They compose the repositories and helpers the HTML pages use, so
 * the API lists exactly what the pages list (published rows, Latvian order, publicLocation()).
 * Unlike the pages, which ignore a filter value that names nothing, the API reports it.
 */

export type ApiPage<T> = { items: T[]; total: number; page: number; perPage: number };
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: ParamError[] };

export const offsetOf = (p: PageParams) => (p.page - 1) * p.per_page;
/** One page of a list endpoint's body. */
export const apiPage = <T>(items: T[], total: number, p: PageParams): ApiPage<T> => ({ items, total, page: p.page, perPage: p.per_page });

function pageOf<T>(all: readonly T[], p: PageParams): ApiPage<T> {
	const offset = offsetOf(p);
	return { items: all.slice(offset, offset + p.per_page), total: all.length, page: p.page, perPage: p.per_page };
}

const unknown = (param: string, what: string, value: string, hint: string): ParamError => ({
	param,
	message: `no ${what} with the slug "${value}" (${hint})`
});

/** An unknown municipality slug; a pre-2021 name gets a pointer to the municipality it is part of now. */
async function unknownMunicipality(db: Db, value: string): Promise<ParamError> {
	const resolved = isPlausibleSlug(value) ? await resolveMunicipalitySlug(db, value) : null;
	if (resolved?.kind === 'moved') {
		return { param: 'municipality', message: `"${value}" is a former municipality, now part of "${resolved.slug}"` };
	}
	return unknown('municipality', 'current municipality', value, 'see /api/v1/municipalities');
}

const SLUG_HINTS: Record<Exclude<FilterSlugParam, 'municipality'>, [what: string, hint: string]> = {
	category: ['category', 'see /api/v1/categories'],
	region: ['planning region', 'riga, vidzeme, kurzeme, zemgale, latgale'],
	label: ['label', 'see the producer directory filters']
};

function unknownSlug(db: Db, param: FilterSlugParam, value: string): Promise<ParamError> {
	if (param === 'municipality') return unknownMunicipality(db, value);
	const [what, hint] = SLUG_HINTS[param];
	return Promise.resolve(unknown(param, what, value, hint));
}

export type Listed<K extends string> = {
	id: string;
	slug: string;
	name: string;
	kind: K;
	isDemo: boolean;
	location: PublicLocation;
};

/** Rows of a listing table with their public location, in the same order. */
async function withLocations<K extends string>(
	db: Db,
	rows: readonly (StoredLocationColumns & Omit<Listed<K>, 'location'>)[],
	locale: string
): Promise<Listed<K>[]> {
	const locations = await toPublicLocations(db, rows, locale);
	return rows.map((r, i) => ({ id: r.id, slug: r.slug, name: r.name, kind: r.kind, isDemo: r.isDemo, location: locations[i] }));
}

// ---------------------------------------------------------------- producers

export type ProducerItem = Listed<string> & { externalId: string | null; categories: CategoryChip[] };

export async function producerList(db: Db, p: ProducerListParams): Promise<Checked<ApiPage<ProducerItem>>> {
	const { filter, unknown: missing, categories: cats } = await resolveDirectoryFilter(db, p);
	if (missing.length) return { ok: false, errors: await Promise.all(missing.map(({ param, value }) => unknownSlug(db, param, value))) };

	const [total, rows] = await Promise.all([countProducers(db, filter), listProducers(db, filter, p.sort, p.per_page, offsetOf(p))]);
	const ids = rows.map((r) => r.id);
	const [listed, links, externalIds] = await Promise.all([
		withLocations(db, rows, p.lang),
		listCategoryLinks(db, ids),
		listExternalIds(db, ids)
	]);
	const byId = new Map(cats.map((c) => [c.id, c]));
	const items = listed.map((item) => ({
		...item,
		externalId: externalIds.get(item.id) ?? null,
		categories: orderCategories(
			links.filter((l) => l.producerId === item.id).map((l) => l.categoryId),
			byId
		).map((c) => toChip(c, p.lang))
	}));
	return { ok: true, value: { items, total, page: p.page, perPage: p.per_page } };
}

export type ProducerDetailData = { id: string; externalId: string | null; page: ProducerPage };

export async function producerDetail(db: Db, slug: string, locale: string, pageUrl: string): Promise<ProducerDetailData | null> {
	if (!isPlausibleSlug(slug)) return null;
	const identity = await findPublishedProducerIdentity(db, slug);
	if (!identity) return null;
	const page = await producerPage(db, slug, locale, new Date(), pageUrl);
	return page ? { ...identity, page } : null;
}

// ---------------------------------------------------------------- sales points

export async function salesPointList(db: Db, p: SalesPointListParams): Promise<Checked<ApiPage<Listed<string>>>> {
	let municipalityIds: number[] | undefined;
	if (p.municipality) {
		const found = (await listTerritoriesByKind(db, 'municipality')).find((m) => m.slug === p.municipality);
		if (!found) return { ok: false, errors: [await unknownMunicipality(db, p.municipality)] };
		municipalityIds = [found.id];
	}
	const filter = { kind: p.kind, municipalityIds };
	const [total, rows] = await Promise.all([countSalesPoints(db, filter), listSalesPoints(db, filter, p.per_page, offsetOf(p))]);
	return { ok: true, value: { items: await withLocations(db, rows, p.lang), total, page: p.page, perPage: p.per_page } };
}

export async function salesPointDetail(db: Db, slug: string, locale: string): Promise<{ id: string; page: SalesPointPage } | null> {
	if (!isPlausibleSlug(slug)) return null;
	const id = await findPublishedSalesPointId(db, slug);
	if (!id) return null;
	const page = await salesPointPage(db, slug, locale, new Date());
	return page ? { id, page } : null;
}

// ---------------------------------------------------------------- organisations

export async function organisationList(db: Db, p: OrganisationListParams): Promise<ApiPage<Listed<string>>> {
	const filter = { kind: p.kind };
	const [total, rows] = await Promise.all([countOrganisations(db, filter), listOrganisations(db, filter, p.per_page, offsetOf(p))]);
	return { items: await withLocations(db, rows, p.lang), total, page: p.page, perPage: p.per_page };
}

export async function organisationDetail(db: Db, slug: string, locale: string): Promise<{ id: string; page: OrganisationPage; lines: LineView[] } | null> {
	if (!isPlausibleSlug(slug)) return null;
	const id = await findPublishedOrganisationId(db, slug);
	if (!id) return null;
	const now = new Date();
	const page = await organisationPage(db, slug, locale, { page: 1, now });
	return page ? { id, page, lines: await organisationLines(db, id, locale, now) } : null;
}

// ---------------------------------------------------------------- places

export async function placeList(db: Db, p: PlaceListParams): Promise<ApiPage<Listed<string>>> {
	const filter = { kind: p.kind };
	const [total, rows] = await Promise.all([countPlaces(db, filter), listPlaces(db, filter, p.per_page, offsetOf(p))]);
	return { items: await withLocations(db, rows, p.lang), total, page: p.page, perPage: p.per_page };
}

export async function placeDetail(db: Db, slug: string, locale: string): Promise<{ id: string; page: PlacePage; community: PlaceCommunity } | null> {
	if (!isPlausibleSlug(slug)) return null;
	const id = await findPublishedPlaceId(db, slug);
	if (!id) return null;
	const now = new Date();
	const page = await placePage(db, slug, locale, now);
	return page ? { id, page, community: await placeCommunity(db, id, locale, now) } : null;
}

// ---------------------------------------------------------------- categories

export type CategoryItem = { row: CategoryRow; parentSlug: string | null; producers: number };

/** The whole taxonomy in the curators' order: each top-level category followed by its children. */
export async function categoryList(db: Db, p: CategoryListParams): Promise<ApiPage<CategoryItem>> {
	const [cats, { byCategory }] = await Promise.all([listCategories(db), searchPort().producerCounts(db)]);
	const item = (row: CategoryRow, parent: CategoryRow | null): CategoryItem => ({
		row,
		parentSlug: parent?.slug ?? null,
		producers: byCategory.get(row.id) ?? 0
	});
	const ordered = cats
		.filter((c) => c.parentId === null)
		.flatMap((top) => [item(top, null), ...cats.filter((c) => c.parentId === top.id).map((c) => item(c, top))]);
	return pageOf(ordered, p);
}

// ---------------------------------------------------------------- municipalities

export type MunicipalityItem = {
	territory: TerritoryRow;
	historical: boolean;
	region: TerritoryRow | null;
	/** The current municipality a historical name became part of. */
	successor: TerritoryRow | null;
	producers: number | null;
};

/** Successor chains are short (a merged name merged again); the bound guards against a cycle in the data. */
const MAX_HOPS = 4;

export async function municipalityList(db: Db, p: MunicipalityListParams): Promise<Checked<ApiPage<MunicipalityItem>>> {
	const [regions, municipalities, counts, historical] = await Promise.all([
		listTerritoriesByKind(db, 'planning_region'),
		listTerritoriesByKind(db, 'municipality'),
		searchPort().producerCounts(db).then((c) => c.byMunicipality),
		p.include_historical ? listHistoricalMunicipalities(db) : Promise.resolve([])
	]);
	const region = p.region ? regions.find((r) => r.slug === p.region) : undefined;
	if (p.region && !region) {
		return { ok: false, errors: [unknown('region', 'planning region', p.region, 'riga, vidzeme, kurzeme, zemgale, latgale')] };
	}
	const regionById = new Map(regions.map((r) => [r.id, r]));
	const current = new Map(municipalities.map((m) => [m.id, m]));
	const regionOf = (m: TerritoryRow) => (m.parentId === null ? null : (regionById.get(m.parentId) ?? null));

	const items: MunicipalityItem[] = municipalities.map((m) => ({
		territory: m,
		historical: false,
		region: regionOf(m),
		successor: null,
		producers: counts.get(m.id) ?? 0
	}));
	if (historical.length) {
		const byId = new Map(historical.map((h) => [h.id, h]));
		for (const h of historical) {
			let next: { successorId: number } | undefined = h;
			let successor: TerritoryRow | undefined;
			for (let hop = 0; hop < MAX_HOPS && next && !successor; hop++) {
				successor = current.get(next.successorId);
				next = byId.get(next.successorId);
			}
			if (!successor) continue;
			items.push({
				territory: { id: h.id, kind: 'historical_municipality', countryCode: successor.countryCode, slug: h.slug, name: h.name, subkind: null, parentId: null, lat: null, lng: null },
				historical: true,
				region: regionOf(successor),
				successor,
				producers: null
			});
		}
	}
	const selected = items.filter((i) => !region || i.region?.id === region.id);
	// Current and historical names in one Latvian order (a stable sort keeps a current one first when both spell the same).
	const ordered = historical.length ? sortLatvian(selected, (i) => localized(i.territory.name, 'lv')) : selected;
	return { ok: true, value: pageOf(ordered, p) };
}
