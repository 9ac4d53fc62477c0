import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** Where src/hooks.ts reroutes malformed addresses: always the localized 400 page. */
export const load: PageServerLoad = () => error(400, 'Bad request');
