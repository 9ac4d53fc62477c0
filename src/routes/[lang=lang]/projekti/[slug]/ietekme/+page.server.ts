import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { publicProjectReport } from '$lib/server/impact/queries';

/** A published project's impact summary for anyone (no names, no records; small groups suppressed). */
export const load: PageServerLoad = async ({ params }) => {
	const report = await publicProjectReport(db(), params.slug, params.lang);
	if (!report) error(404, 'Not found');
	return { report };
};
