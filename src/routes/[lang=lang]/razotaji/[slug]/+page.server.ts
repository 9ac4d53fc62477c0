import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { producerPage } from '$lib/server/producers/queries';

/** Unknown and unpublished producers are a plain 404 (the localized error page). */
export const load: PageServerLoad = async ({ params, url, parent }) => {
	const { publicOrigin } = await parent();
	const pageUrl = `${publicOrigin ?? url.origin}/${params.lang}/razotaji/${params.slug}`;
	const page = await producerPage(db(), params.slug, params.lang, new Date(), pageUrl);
	if (!page) error(404, 'Not found');
	return page;
};
