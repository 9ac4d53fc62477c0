import { localized } from '$lib/domain/localized';
import { sortLatvian } from '$lib/text/collation';
import type { Db } from '../db/types';
import { listTerritoriesByKind } from '../geography/territories-repository';
import { PRODUCER_KINDS } from '../producers/producers-repository';
import { listCategories } from '../taxonomy/categories-repository';

/** Choices of the "suggest a producer" form: kinds, top-level categories, municipalities in Latvian order. */
export async function suggestionFormOptions(db: Db, locale: string) {
	const [categories, municipalities] = await Promise.all([listCategories(db), listTerritoriesByKind(db, 'municipality')]);
	return {
		kinds: [...PRODUCER_KINDS],
		categories: categories.filter((c) => c.parentId === null).map((c) => ({ id: c.id, name: localized(c.name, locale) })),
		municipalities: sortLatvian(
			municipalities.map((t) => ({ id: t.id, name: localized(t.name, locale) })),
			(t) => t.name
		)
	};
}
