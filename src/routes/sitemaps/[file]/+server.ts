import { error, type RequestHandler } from '@sveltejs/kit';
import { db } from '$lib/server/db/bootstrap';
import { sitemapFile } from '$lib/server/export/sitemap-flow';
import { linkOrigin, textResponse, XML_TYPE } from '$lib/server/export/respond-text';

/** One sitemap of the index: every public page in all four locales with hreflang alternates. */
export const GET: RequestHandler = async ({ params, url, request }) => {
	const xml = await sitemapFile(db(), linkOrigin(url), params.file ?? '');
	if (xml === null) error(404, 'Not found');
	return textResponse(request, xml, XML_TYPE, 3600);
};
