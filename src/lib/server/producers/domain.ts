import { FILTER_PARAMS, type FilterParam } from '$lib/contracts/producers/selection';
import type { DirectorySelection } from '$lib/contracts/producers/types';
import { parsePageParam } from '$lib/server/geography/paging';

/** Raw directory parameters as typed in the URL; nothing here is trusted yet. */
export type DirectoryQuery = DirectorySelection & { page: number };

export { selectionQuery } from '$lib/contracts/producers/selection';

/** Slugs are short; anything longer is noise (or an attack) and is cut before it reaches SQL or the page. */
const MAX_PARAM = 80;

export function readDirectoryQuery(params: URLSearchParams): DirectoryQuery {
	const get = (name: string) => (params.get(name) ?? '').trim().slice(0, MAX_PARAM);
	return {
		category: get('category'),
		region: get('region'),
		municipality: get('municipality'),
		kind: get('kind'),
		label: get('label'),
		sort: get('sort') === 'newest' ? 'newest' : 'name',
		page: parsePageParam(params.get('page'))
	};
}

/**
 * Keeps each filter value that names something real and reports the rest, so a stale or mistyped
 * link shows the unfiltered list with a notice instead of an error or an empty page.
 */
export function validateSelection(
	query: DirectoryQuery,
	known: Record<FilterParam, (value: string) => boolean>
): { selection: DirectorySelection; ignored: string[] } {
	const selection: DirectorySelection = { category: '', region: '', municipality: '', kind: '', label: '', sort: query.sort };
	const ignored: string[] = [];
	for (const param of FILTER_PARAMS) {
		const value = query[param];
		if (!value) continue;
		if (known[param](value)) selection[param] = value;
		else ignored.push(value);
	}
	return { selection, ignored };
}

/** Meta description: at most `max` characters, cut at a word boundary with an ellipsis. */
export function excerpt(text: string, max = 160): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** First letter for the avatar block when a producer has no category icon. */
export function initialOf(name: string): string {
	const letter = /\p{L}|\p{N}/u.exec(name)?.[0] ?? '?';
	return letter.toLocaleUpperCase('lv');
}
