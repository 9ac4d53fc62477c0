import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { mapPage } from '$lib/server/map/queries';

/** Filters as on /razotaji; without JavaScript the page is the filtered, paginated list. */
export const load: PageServerLoad = ({ params, url }) => mapPage(db(), url.searchParams, params.lang);
