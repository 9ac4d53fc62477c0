import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { searchPage } from '$lib/server/search/queries';

export const load: PageServerLoad = ({ params, url }) => searchPage(db(), url.searchParams.get('q'), params.lang);
