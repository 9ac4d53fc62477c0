/**
 * URL → SearchParams for the search page and the public API. Pure: values are checked for form
 * only (slugs, numbers, enums); whether a slug names a category is the flow's business
 * (`SearchResponse.ignored`). Bad values are reported and left out, never thrown.
 */
import { documentKinds, RESULT_ORDER } from './document-kinds';
import { type ParamError, type ParseResult, type ResultType, type SearchParams, type SortOrder } from '../../contracts/search/types';

export const MAX_QUERY_LENGTH = 100;
export const MAX_PAGE = 500;
export const MAX_RADIUS_KM = 500;
const MAX_VALUES = 20;

/** Every registered document kind's `kind` facet values. */
const allKinds = (): readonly string[] => documentKinds().flatMap((k) => k.kinds);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SORTS: readonly SortOrder[] = ['relevance', 'distance', 'name'];

export function defaultParams(): SearchParams {
	return {
		q: '',
		types: [],
		categories: [],
		kinds: [],
		labels: [],
		regions: [],
		municipalities: [],
		openNow: false,
		near: null,
		nearPlace: null,
		radiusKm: null,
		sort: 'relevance',
		page: 1,
		placeWords: true
	};
}

/** The query as people typed it: control characters out, whitespace collapsed, cut at 100 characters. */
export function normalizeQueryText(raw: string | null | undefined): string {
	const cleaned = (raw ?? '')
		.normalize('NFC')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001f\u007f]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return [...cleaned].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

export function parseSearchParams(url: URLSearchParams): ParseResult {
	const params = defaultParams();
	const errors: ParamError[] = [];
	const fail = (param: string, message: string) => errors.push({ param, message });

	params.q = normalizeQueryText(url.get('q'));

	/** Repeated (?kind=a&kind=b) and comma-separated (?kind=a,b) values, empty ones dropped. */
	const list = (name: string): string[] => {
		const values = url
			.getAll(name)
			.flatMap((v) => v.split(','))
			.map((v) => v.trim())
			.filter(Boolean);
		if (values.length > MAX_VALUES) fail(name, `at most ${MAX_VALUES} values`);
		return [...new Set(values.slice(0, MAX_VALUES))];
	};
	const listOf = (name: string, ok: (v: string) => boolean, what: string): string[] =>
		list(name).filter((v) => {
			if (ok(v)) return true;
			fail(name, `"${v.slice(0, 40)}" is not ${what}`);
			return false;
		});
	const isSlug = (v: string) => v.length <= 100 && SLUG.test(v);

	params.types = listOf('type', (v) => (RESULT_ORDER as readonly string[]).includes(v), `one of ${RESULT_ORDER.join(', ')}`) as ResultType[];
	params.categories = listOf('category', isSlug, 'a slug');
	params.labels = listOf('label', isSlug, 'a slug');
	params.regions = listOf('region', isSlug, 'a slug');
	params.municipalities = listOf('municipality', isSlug, 'a slug');
	params.kinds = listOf('kind', (v) => allKinds().includes(v), 'a known kind');

	const flag = (name: string): boolean => {
		const v = url.get(name);
		if (v === null || v === '' || v === '0' || v === 'false') return false;
		if (v === '1' || v === 'true' || v === 'on') return true;
		fail(name, 'must be 1 or 0');
		return false;
	};
	params.openNow = flag('open');
	params.placeWords = !flag('noplace');

	const near = url.get('near');
	if (near !== null && near !== '') {
		const m = /^\s*(-?\d{1,3}(?:\.\d{1,12})?)\s*,\s*(-?\d{1,3}(?:\.\d{1,12})?)\s*$/.exec(near);
		const lat = m ? Number(m[1]) : NaN;
		const lng = m ? Number(m[2]) : NaN;
		if (m && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) params.near = { lat, lng };
		else fail('near', 'must be "latitude,longitude" in degrees');
	}
	const nearPlace = url.get('near_place');
	if (nearPlace !== null && nearPlace !== '') {
		if (isSlug(nearPlace)) params.nearPlace = nearPlace;
		else fail('near_place', 'must be a municipality or town slug');
	}

	const radius = url.get('radius');
	if (radius !== null && radius !== '') {
		const r = /^\d{1,3}(\.\d{1,3})?$/.test(radius) ? Number(radius) : NaN;
		if (r > 0 && r <= MAX_RADIUS_KM) params.radiusKm = r;
		else fail('radius', `must be a number of km between 0 and ${MAX_RADIUS_KM}`);
	}

	const sort = url.get('sort');
	if (sort !== null && sort !== '') {
		if ((SORTS as readonly string[]).includes(sort)) params.sort = sort as SortOrder;
		else fail('sort', `must be one of ${SORTS.join(', ')}`);
	}
	const hasPoint = params.near !== null || params.nearPlace !== null;
	if (params.sort === 'distance' && !hasPoint) {
		if (!errors.some((e) => e.param === 'near' || e.param === 'near_place')) fail('sort', 'sort=distance needs near or near_place');
		params.sort = 'relevance';
	}
	if (params.radiusKm !== null && !hasPoint) {
		if (!errors.some((e) => e.param === 'near' || e.param === 'near_place')) fail('radius', 'radius needs near or near_place');
		params.radiusKm = null;
	}

	const page = url.get('page');
	if (page !== null && page !== '') {
		const n = /^\d{1,6}$/.test(page) ? Number(page) : NaN;
		if (n >= 1 && n <= MAX_PAGE) params.page = n;
		else fail('page', `must be a whole number from 1 to ${MAX_PAGE}`);
	}

	return errors.length ? { ok: false, errors, params } : { ok: true, params };
}

export { searchQueryString } from '../../contracts/search/url';
