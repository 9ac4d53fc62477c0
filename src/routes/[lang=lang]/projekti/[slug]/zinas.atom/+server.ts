import { error, type RequestHandler } from '@sveltejs/kit';
import { db } from '$lib/server/db/bootstrap';
import type { Locale } from '$lib/i18n/locales';
import { newsFeed } from '$lib/server/news/feed';
import { ATOM_TYPE, linkOrigin, textResponse } from '$lib/server/export/respond-text';

/** Atom feed of a project's news. */
export const GET: RequestHandler = async ({ params, url, request }) => {
	const xml = await newsFeed(db(), { organisation: null, project: params.slug ?? '' }, params.lang as Locale, linkOrigin(url), url.pathname);
	if (xml === null) error(404, 'Not found');
	return textResponse(request, xml, ATOM_TYPE);
};
