import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { parsePageParam } from '$lib/server/geography/paging';
import { projectDirectory } from '$lib/server/projects/queries';

/** ?organizacija=&novads=&posms=current|upcoming|past&page=N — a filter naming nothing shows no projects. */
export const load: PageServerLoad = async ({ params, url }) => {
	const q = (k: string) => url.searchParams.get(k) || null;
	return projectDirectory(db(), { organisation: q('organizacija'), territory: q('novads'), phase: q('posms'), page: parsePageParam(url.searchParams.get('page')) }, params.lang, new Date());
};
