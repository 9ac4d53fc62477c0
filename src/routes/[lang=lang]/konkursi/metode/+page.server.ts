import type { PageServerLoad } from './$types';
import { renderNewsMarkup } from '$lib/server/news/markup';
import method from '../../../../../docs/contest-draw.md?raw';

/** docs/contest-draw.md, the method every contest page links to, through the same allow-list as news bodies. */
const html = renderNewsMarkup(method);

export const load: PageServerLoad = async () => ({ html });
export const csr = false;
