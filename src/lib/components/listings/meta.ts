/** A meta description: the listing's own text when there is one, cut at a word near 160 characters. */
export function metaDescription(text: string, fallback: string): string {
	const source = (text || fallback).replace(/\s+/g, ' ').trim();
	if (source.length <= 160) return source;
	const cut = source.slice(0, 157);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : 157)}…`;
}

/** Query string of a stable list URL: empty values and page 1 are left out, in a fixed order. */
export function listQuery(params: Record<string, string | number>): string {
	const q = new URLSearchParams();
	for (const [k, v] of Object.entries(params)) {
		if (v === '' || (k === 'page' && v === 1)) continue;
		q.set(k, String(v));
	}
	const s = q.toString();
	return s ? `?${s}` : '';
}
