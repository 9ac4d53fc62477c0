/**
 * Supply coverage (issue 20): published producers per municipality and category, counted over
 * the search's memory index (decision 005: every published producer is a result there with its
 * own and its products' categories and their parents, its labels, kind and municipality), with
 * the directory's filters. One pass over the producer slots — a few milliseconds at 100,000.
 */
import { RESULT_ORDER, type MemoryIndex } from './memory-index';
import type { InternedLists } from './id-lists';
import type { SupplyCounts, SupplyFilter } from './port';

const PRODUCER = RESULT_ORDER.indexOf('producer');

export function countSupply(ix: MemoryIndex, filter: SupplyFilter): SupplyCounts {
	const kindCode = filter.kind ? ix.kindNames.indexOf(filter.kind) : null;
	const withLabel = filter.labelId ? ix.labels.having([filter.labelId]) : null;
	const withCategory = filter.categoryId ? ix.categories.having([filter.categoryId]) : null;
	const out: SupplyCounts = { byMunicipalityCategory: new Map(), byMunicipality: new Map(), total: 0 };
	if (kindCode === -1) return out; // a kind no published producer has
	for (let slot = 0; slot < ix.size; slot++) {
		if (!ix.alive[slot] || ix.typeCodes[slot] !== PRODUCER) continue;
		if (kindCode !== null && ix.kindCodes[slot] !== kindCode) continue;
		if (withLabel && !withLabel[ix.labels.listOf[slot]]) continue;
		if (withCategory && !withCategory[ix.categories.listOf[slot]]) continue;
		out.total++;
		const categories = listValues(ix.categories, slot);
		for (const mun of listValues(ix.municipalities, slot)) {
			out.byMunicipality.set(mun, (out.byMunicipality.get(mun) ?? 0) + 1);
			let perCategory = out.byMunicipalityCategory.get(mun);
			if (!perCategory) out.byMunicipalityCategory.set(mun, (perCategory = new Map()));
			for (const c of categories) perCategory.set(c, (perCategory.get(c) ?? 0) + 1);
		}
	}
	return out;
}

function listValues(lists: InternedLists, slot: number): Int32Array {
	const list = lists.listOf[slot];
	return lists.lists.values.subarray(lists.lists.starts[list], lists.lists.starts[list + 1]);
}
