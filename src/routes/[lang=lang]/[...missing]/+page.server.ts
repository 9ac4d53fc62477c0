import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// An address that matches no page inside a language still gets that language's header, search and
// footer around the "not found" message (the root error page has none), so a mistyped or old link
// leaves the person one search away from what they wanted.
export const load: PageServerLoad = () => error(404, 'Not found');
