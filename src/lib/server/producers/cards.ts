import { localized, localizedLang } from '$lib/domain/localized';
import type { CategoryChip, ProducerCardData } from '$lib/contracts/producers/types';
import type { Db } from '$lib/server/db/types';
import { toPublicLocations } from '$lib/server/geography/public-locations';
import type { CategoryRow } from '$lib/server/taxonomy/categories-repository';
import { listCategoryLinks } from './producer-links-repository';
import type { ProducerCardRow } from './producers-repository';
import { listFirstProductNames } from './products-repository';
import { producerPhotos } from '$lib/server/images/queries';

const CARD_CATEGORIES = 3;
const CARD_PRODUCTS = 3;

/** Leaf categories before top-level ones, each group in the curators' order. */
export function orderCategories(ids: Iterable<number | null>, byId: ReadonlyMap<number, CategoryRow>): CategoryRow[] {
	return [...new Set(ids)]
		.map((id) => (id === null ? undefined : byId.get(id)))
		.filter((c): c is CategoryRow => !!c)
		.sort((a, b) => Number(a.parentId === null) - Number(b.parentId === null) || a.sortOrder - b.sortOrder || a.id - b.id);
}

export function toChip(c: CategoryRow, locale: string): CategoryChip {
	return { slug: c.slug, name: localized(c.name, locale), icon: c.icon };
}

/**
 * Card data for a page of producers with three queries in total, whatever the page size. The
 * location goes through publicLocation(), so a card shows a locality only when the producer allows it.
 */
export async function loadCards(
	db: Db,
	rows: readonly ProducerCardRow[],
	categories: readonly CategoryRow[],
	locale: string
): Promise<ProducerCardData[]> {
	const ids = rows.map((r) => r.id);
	const [locations, links, names, photos] = await Promise.all([
		toPublicLocations(db, rows, locale),
		listCategoryLinks(db, ids),
		listFirstProductNames(db, ids, CARD_PRODUCTS),
		producerPhotos(db, ids)
	]);
	const byId = new Map(categories.map((c) => [c.id, c]));
	return rows.map((row, i) => ({
		slug: row.slug,
		name: row.name,
		kind: row.kind,
		isDemo: row.isDemo,
		municipality: locations[i].municipality,
		locality: locations[i].locality,
		categories: orderCategories(
			links.filter((l) => l.producerId === row.id).map((l) => l.categoryId),
			byId
		)
			.slice(0, CARD_CATEGORIES)
			.map((c) => toChip(c, locale)),
		products: names
			.filter((p) => p.producerId === row.id)
			.map((p) => ({ name: localized(p.name, locale), lang: localizedLang(p.name, locale) })),
		photo: photos.get(row.id)?.[0] ?? null
	}));
}
