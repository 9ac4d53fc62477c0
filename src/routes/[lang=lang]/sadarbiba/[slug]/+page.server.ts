import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { findPublicProfile, withoutId } from '$lib/server/cooperation/public-queries';

/** One published profile — never its contacts (they are exchanged only after an accepted interest). */
export const load: PageServerLoad = async ({ params }) => {
	const found = await findPublicProfile(db(), params.slug);
	if (!found) error(404, 'Not found');
	return { profile: withoutId(found) };
};
