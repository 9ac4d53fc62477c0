import type { IndexRow } from './memory-index';

/** A memory-index row for unit tests: a farm producer in municipality 1 with nothing else set. */
export const indexRow = (id: string, over: Partial<IndexRow> = {}): IndexRow => ({
	resultType: 'producer',
	resultId: id,
	kind: 'farm',
	sortKey: id,
	names: '',
	productNames: '',
	rawStems: '',
	productRawStems: '',
	nameStems: '',
	bodyStems: '',
	productNameStems: [],
	productCategoryIds: [],
	categoryIds: [],
	labelIds: [],
	regionIds: [],
	municipalityIds: [1],
	localityId: null,
	lat: null,
	lng: null,
	hours: [],
	...over
});
