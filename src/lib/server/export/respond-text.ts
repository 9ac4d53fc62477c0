import { config } from '$lib/server/config/env';
import { etagOf, matchesIfNoneMatch } from '$lib/server/api/http';
import { publicOrigin } from '$lib/server/api/urls';

/** The origin absolute links in feeds and sitemaps are built on (PUBLIC_BASE_URL behind a proxy). */
export const linkOrigin = (url: URL) => publicOrigin(config().PUBLIC_BASE_URL, url.origin);

/** A generated text document (feed, sitemap, robots.txt) with an ETag, answering If-None-Match with 304. */
export function textResponse(request: Request, body: string, contentType: string, maxAge = 300): Response {
	const etag = etagOf(body);
	const headers = { 'Cache-Control': `public, max-age=${maxAge}`, ETag: etag };
	if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
	return new Response(body, { headers: { ...headers, 'Content-Type': contentType } });
}

export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';
export const XML_TYPE = 'application/xml; charset=utf-8';
