import type { RequestHandler } from '@sveltejs/kit';
import { paletteCss } from '$lib/server/brand-book/brand-book';

/**
 * The sheet's colours as a stylesheet: the page may not carry inline styles (CSP), so the colour
 * travels in the link (`?c=rrggbb`). Nothing personal in it; any colour gives valid CSS.
 */
export const GET: RequestHandler = ({ url }) =>
	new Response(paletteCss(url.searchParams.get('c')), { headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=86400' } });
