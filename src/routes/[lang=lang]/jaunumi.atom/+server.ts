import { error, type RequestHandler } from '@sveltejs/kit';
import { db } from '$lib/server/db/bootstrap';
import type { Locale } from '$lib/i18n/locales';
import { newProducersFeed } from '$lib/server/export/feed';
import { ATOM_TYPE, linkOrigin, textResponse } from '$lib/server/export/respond-text';

/** Atom feed of newly published producers; `?category=slug` narrows it to one category. */
export const GET: RequestHandler = async ({ params, url, request }) => {
	const category = url.searchParams.get('category')?.slice(0, 80) || undefined;
	const self = `${url.pathname}${category ? `?category=${encodeURIComponent(category)}` : ''}`;
	const xml = await newProducersFeed(db(), { category }, params.lang as Locale, linkOrigin(url), self);
	if (xml === null) error(404, 'Not found');
	return textResponse(request, xml, ATOM_TYPE);
};
