/**
 * Addresses no link of ours ever makes: a NUL (or other C0 control) byte anywhere in the path or a
 * query value, or a path that is not valid percent-encoded UTF-8. PostgreSQL refuses NUL in text
 * (error 22021), so such a slug or filter reached the database and became a 500. The `reroute`
 * hook (src/hooks.ts) sends them to one page that answers 400 in the site's own layout and language.
 * Universal code: reroute runs in the browser too.
 */
export const BAD_REQUEST_PAGE = 'nederigs-pieprasijums';

// eslint-disable-next-line no-control-regex -- control characters are what is being looked for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LOCALE = /^\/(lv|en|ro|ru)(\/|$)/;

export function isMalformedUrl(url: URL): boolean {
	try {
		if (CONTROL.test(decodeURIComponent(url.pathname))) return true;
	} catch {
		return true; // broken percent-encoding in the path
	}
	for (const [key, value] of url.searchParams) if (CONTROL.test(key) || CONTROL.test(value)) return true;
	return false;
}

/** The page a malformed address is answered by, or undefined for every ordinary address. The API answers for itself (problem+json). */
export function badRequestReroute(url: URL): string | undefined {
	if (url.pathname.startsWith('/api/') || !isMalformedUrl(url)) return undefined;
	return `/${LOCALE.exec(url.pathname)?.[1] ?? 'lv'}/${BAD_REQUEST_PAGE}`;
}
