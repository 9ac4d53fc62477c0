import { localized } from '$lib/domain/localized';
import type {
	CategoryNode,
	DirectoryOptions,
	DirectorySelection,
	Option,
	ProducerCardData,
	RegionLink
} from '$lib/contracts/producers/types';
import type { Db } from '$lib/server/db/types';
import { pageWindow, type PageWindow } from '$lib/server/geography/paging';
import { listTerritoriesByKind, type TerritoryRow } from '$lib/server/geography/territories-repository';
import { listCategories, type CategoryRow } from '$lib/server/taxonomy/categories-repository';
import { categoryScope, categoryTree } from '$lib/server/taxonomy/domain';
import { listLabels, type LabelRow } from '$lib/server/taxonomy/labels-repository';
import { searchPort } from '$lib/server/search';
import { loadCards } from './cards';
import { countProducers, listProducers } from './directory-index';
import { readDirectoryQuery, selectionQuery, validateSelection, type DirectoryQuery } from './domain';
import {
	listNewest,
	PRODUCER_KINDS,
	type DirectoryFilter,
	type ProducerKind
} from './producers-repository';

export { producerPage, type ProducerPage } from './producer-page';

export const PRODUCERS_PER_PAGE = 24;
const NEWEST_ON_HOME = 8;

export type HomePage = { categories: CategoryNode[]; regions: RegionLink[]; newest: ProducerCardData[] };

/** Categories and regions with published-producer counts, and the newest producers. */
export async function homePage(db: Db, locale: string): Promise<HomePage> {
	const [cats, counts, allRegions, newestRows] = await Promise.all([
		listCategories(db),
		searchPort().producerCounts(db),
		listTerritoriesByKind(db, 'planning_region'),
		listNewest(db, NEWEST_ON_HOME)
	]);
	// the home page's region list is Latvia's; Moldova's development regions are on /novadi and in the
	// filters. The row's own country code says so, with or without a country row above it.
	const regions = allRegions.filter((r) => r.countryCode === 'LV');
	const { byCategory: categoryCounts, byRegion: regionCounts } = counts;
	return {
		// children nobody produces yet would only be dead ends on the first page people see
		categories: categoryTree(cats, categoryCounts, locale).map((top) => ({ ...top, children: top.children.filter((c) => c.count > 0) })),
		regions: regions.map((r) => ({ slug: r.slug, name: localized(r.name, locale), count: regionCounts.get(r.id) ?? 0 })),
		newest: await loadCards(db, newestRows, cats, locale)
	};
}

export type DirectoryPage = {
	cards: ProducerCardData[];
	window: PageWindow;
	selection: DirectorySelection;
	/** Filter values from the URL that name nothing and were left out. */
	ignored: string[];
	options: DirectoryOptions;
	/** Query string of this exact result page, for the canonical link. */
	canonicalQuery: string;
};

type References = { cats: CategoryRow[]; labels: LabelRow[]; regions: TerritoryRow[]; municipalities: TerritoryRow[] };

/** The URL's filters checked against the reference lists; the directory and the map ignore what names nothing. */
export function checkSelection(query: DirectoryQuery, refs: References): ReturnType<typeof validateSelection> {
	const slugIn = (list: readonly { slug: string }[]) => (v: string) => list.some((x) => x.slug === v);
	return validateSelection(query, {
		category: slugIn(refs.cats),
		region: slugIn(refs.regions),
		municipality: slugIn(refs.municipalities),
		kind: (v) => (PRODUCER_KINDS as readonly string[]).includes(v),
		label: slugIn(refs.labels)
	});
}

/** The directory: filters from the URL are validated against what exists; nothing typed there can fail. */
export async function directoryPage(db: Db, params: URLSearchParams, locale: string): Promise<DirectoryPage> {
	const query = readDirectoryQuery(params);
	const [cats, labels, regions, municipalities] = await Promise.all([
		listCategories(db),
		listLabels(db),
		listTerritoriesByKind(db, 'planning_region'),
		listTerritoriesByKind(db, 'municipality')
	]);
	const refs: References = { cats, labels, regions, municipalities };
	const { selection, ignored } = checkSelection(query, refs);
	const filter = toFilter(selection, refs);
	const window = pageWindow(await countProducers(db, filter), query.page, PRODUCERS_PER_PAGE);
	const rows = await listProducers(db, filter, selection.sort, PRODUCERS_PER_PAGE, window.offset);
	return {
		cards: await loadCards(db, rows, cats, locale),
		window,
		selection,
		ignored,
		options: directoryOptions(refs, locale),
		canonicalQuery: selectionQuery(selection, window.page)
	};
}

function toFilter(s: DirectorySelection, refs: References): DirectoryFilter {
	return {
		categoryIds: s.category ? categoryScope(refs.cats, s.category)?.ids : undefined,
		regionId: refs.regions.find((r) => r.slug === s.region)?.id,
		municipalityId: refs.municipalities.find((r) => r.slug === s.municipality)?.id,
		kind: s.kind ? (s.kind as ProducerKind) : undefined,
		labelId: refs.labels.find((l) => l.slug === s.label)?.id
	};
}

function directoryOptions(refs: References, locale: string): DirectoryOptions {
	const option = (x: { slug: string; name: CategoryRow['name'] }): Option => ({ value: x.slug, label: localized(x.name, locale) });
	const tops = refs.cats.filter((c) => c.parentId === null);
	const categories = tops.flatMap((top) => [
		{ ...option(top), depth: 0 as const },
		...refs.cats.filter((c) => c.parentId === top.id).map((c) => ({ ...option(c), depth: 1 as const }))
	]);
	const regionIds = new Set(refs.regions.map((r) => r.id));
	const municipalityGroups = refs.regions.map((r) => ({
		label: localized(r.name, locale),
		options: refs.municipalities.filter((m) => m.parentId === r.id).map(option)
	}));
	// a municipality without a known region stays selectable, after the grouped ones
	const orphans = refs.municipalities.filter((m) => m.parentId === null || !regionIds.has(m.parentId));
	if (orphans.length) municipalityGroups.push({ label: '', options: orphans.map(option) });
	return {
		categories,
		regions: refs.regions.map(option),
		municipalityGroups: municipalityGroups.filter((g) => g.options.length > 0),
		kinds: [...PRODUCER_KINDS],
		labels: refs.labels.map(option)
	};
}
