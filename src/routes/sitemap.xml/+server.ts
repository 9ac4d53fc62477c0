import type { RequestHandler } from '@sveltejs/kit';
import { db } from '$lib/server/db/bootstrap';
import { sitemapIndex } from '$lib/server/export/sitemap-flow';
import { linkOrigin, textResponse, XML_TYPE } from '$lib/server/export/respond-text';

/** Sitemap index: pages.xml plus the listing sitemaps in chunks. */
export const GET: RequestHandler = async ({ url, request }) => textResponse(request, await sitemapIndex(db(), linkOrigin(url)), XML_TYPE, 3600);
