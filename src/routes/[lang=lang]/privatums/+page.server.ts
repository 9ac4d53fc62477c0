import { PRIVACY_VERSION } from '$lib/server/auth/consents-repository';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ version: PRIVACY_VERSION });

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
