import type { PageServerLoad } from './$types';
import { loadBrandBook } from '$lib/server/brand-book/load';

/** The A5 market-stall sign: the name and a large QR code, in the brand book's colour. */
export const load: PageServerLoad = (event) => loadBrandBook(event);

export const csr = false;
