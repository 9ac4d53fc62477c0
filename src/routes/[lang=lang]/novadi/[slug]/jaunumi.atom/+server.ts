import { error, type RequestHandler } from '@sveltejs/kit';
import { db } from '$lib/server/db/bootstrap';
import type { Locale } from '$lib/i18n/locales';
import { newProducersFeed } from '$lib/server/export/feed';
import { ATOM_TYPE, linkOrigin, textResponse } from '$lib/server/export/respond-text';

/** Atom feed of the producers newly published in one municipality. */
export const GET: RequestHandler = async ({ params, url, request }) => {
	const xml = await newProducersFeed(db(), { municipality: params.slug }, params.lang as Locale, linkOrigin(url), url.pathname);
	if (xml === null) error(404, 'Not found');
	return textResponse(request, xml, ATOM_TYPE);
};
