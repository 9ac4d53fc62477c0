import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { publishedProgrammes } from '$lib/server/programmes/public-queries';
import { programmeCard } from '$lib/server/programmes/public-view';

/** Published programmes with their cohorts; open for applications first. */
export const load: PageServerLoad = async ({ params }) => {
	const list = await publishedProgrammes(db());
	return { programmes: list.map((p) => programmeCard(p, params.lang)) };
};

/** A public page without SvelteKit's client (decision 007). */
export const csr = false;
