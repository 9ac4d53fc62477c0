import type { PageServerLoad } from './$types';
import { loadBrandBook } from '$lib/server/brand-book/load';

/** The A4 brand book; `?krasa=#rrggbb` tries another colour (a GET form: nothing is stored). */
export const load: PageServerLoad = (event) => loadBrandBook(event);

/** Complete without JavaScript: a sheet to print (decision 007). */
export const csr = false;
