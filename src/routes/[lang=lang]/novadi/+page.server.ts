import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { municipalityIndex } from '$lib/server/geography/queries';

export const load: PageServerLoad = ({ params }) => municipalityIndex(db(), params.lang);
