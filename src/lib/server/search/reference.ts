/**
 * Reference data the search reads on every query — territories (place words, facet names),
 * categories (category words), labels and the catalogue words — kept in memory per database for a
 * few minutes. It changes only with migrations and reindexing.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { categories, labels, searchTerms, territories } from '../db/schema';
import type { Db } from '../db/types';
import type { LocalizedText } from '../../domain/types';
import { buildCategoryIndex, type CategoryIndex, type CategoryInput } from './categories';
import { buildPlaceIndex, type PlaceIndex, type PlaceKind, type TerritoryInput } from './places';
import { territoryColumns } from '../geography/territories-repository';
import { isMoldovanMunicipality } from '../geography/municipal-kinds';

export type CategoryRef = CategoryInput & { sortOrder: number; icon: string };
export type LabelRef = { id: number; slug: string; name: LocalizedText; sortOrder: number };

export type SearchReference = {
	territories: ReadonlyMap<number, TerritoryInput>;
	places: PlaceIndex;
	categories: readonly CategoryRef[];
	categoryIndex: CategoryIndex;
	labels: readonly LabelRef[];
	loadedAt: number;
};

const PLACE_KINDS: PlaceKind[] = ['planning_region', 'municipality', 'town', 'parish', 'village', 'historical_municipality'];
/**
 * Moldova's development regions, raioane, municipii and localities (decision 014) name filters
 * (`region=`, `municipality=`, `near_place=`), facets and hits' places, but are not place words of
 * a query: Latvian case forms of short Romanian names would capture Latvian words ("balti" → "balta").
 */
const MD_KINDS = ['planning_region', 'md_district', 'md_municipality', 'md_autonomy', 'town', 'village'] as const;
/** A raion, municipiu or autonomy stands where a novads does: the municipality level of filters and facets. */
const asMunicipalLevel = (t: Omit<TerritoryInput, 'kind'> & { kind: string }): TerritoryInput => ({
	...t,
	kind: isMoldovanMunicipality(t) ? 'municipality' : (t.kind as PlaceKind)
});
const TTL_MS = 5 * 60_000;
const cache = new WeakMap<Db, Promise<SearchReference>>();

async function load(db: Db): Promise<SearchReference> {
	const [terr, cats, labs, catalogue] = await Promise.all([
		db
			.select({ ...territoryColumns, successorId: territories.successorId })
			.from(territories)
			.where(inArray(territories.kind, [...new Set<string>([...PLACE_KINDS, ...MD_KINDS])] as PlaceKind[])),
		db
			.select({ id: categories.id, slug: categories.slug, parentId: categories.parentId, name: categories.name, keywords: categories.keywords, sortOrder: categories.sortOrder, icon: categories.icon })
			.from(categories)
			.orderBy(asc(categories.sortOrder), asc(categories.id)),
		db.select({ id: labels.id, slug: labels.slug, name: labels.name, sortOrder: labels.sortOrder }).from(labels).orderBy(asc(labels.sortOrder), asc(labels.id)),
		db.select({ term: searchTerms.term }).from(searchTerms).where(eq(searchTerms.catalogue, true))
	]);
	// one read, split by country: Latvian rows are place words, Moldovan ones name filters and facets only
	const territoryInputs = terr.filter((t) => t.countryCode === 'LV' && (PLACE_KINDS as string[]).includes(t.kind)) as TerritoryInput[];
	const moldovan = terr.filter((t) => t.countryCode === 'MD' && (MD_KINDS as readonly string[]).includes(t.kind));
	const categoryIndex = buildCategoryIndex(cats);
	return {
		territories: new Map([...territoryInputs, ...moldovan.map(asMunicipalLevel)].map((t) => [t.id, t])),
		places: buildPlaceIndex(territoryInputs, [...categoryIndex.words, ...catalogue.map((c) => c.term)]),
		categories: cats,
		categoryIndex,
		labels: labs,
		loadedAt: Date.now()
	};
}

export async function searchReference(db: Db): Promise<SearchReference> {
	const cached = cache.get(db);
	if (cached) {
		const ref = await cached.catch(() => undefined);
		if (ref && Date.now() - ref.loadedAt < TTL_MS) return ref;
	}
	const fresh = load(db);
	cache.set(db, fresh);
	try {
		return await fresh;
	} catch (e) {
		cache.delete(db);
		throw e;
	}
}

/** After reindexing (the catalogue words may change) or in tests. */
export function forgetSearchReference(db: Db): void {
	cache.delete(db);
}
