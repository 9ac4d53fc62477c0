import type { RequestHandler } from '@sveltejs/kit';
import { db } from '$lib/server/db/bootstrap';
import type { Locale } from '$lib/i18n/locales';
import { newsFeed } from '$lib/server/news/feed';
import { ATOM_TYPE, linkOrigin, textResponse } from '$lib/server/export/respond-text';

/** Atom feed of all organisations' news. */
export const GET: RequestHandler = async ({ params, url, request }) => {
	const xml = await newsFeed(db(), { organisation: null, project: null }, params.lang as Locale, linkOrigin(url), url.pathname);
	return textResponse(request, xml ?? '', ATOM_TYPE);
};
