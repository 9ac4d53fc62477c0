import type { PageServerLoad } from './$types';
import { config } from '$lib/server/config/env';
import { db } from '$lib/server/db/bootstrap';
import { widgetPage } from '$lib/server/export/widget';

/**
 * The embeddable widget (an <iframe> on partners' sites). It sits outside the site layout
 * (+page@.svelte), so it loads the map settings the layout would otherwise provide. It is the only
 * page other sites may frame (src/lib/server/hooks/security-headers.ts).
 */
export const load: PageServerLoad = async ({ params, url }) => {
	const cfg = config();
	return {
		...(await widgetPage(db(), url.searchParams, params.lang)),
		map: { tileUrl: cfg.MAP_TILE_URL, attribution: cfg.MAP_TILE_ATTRIBUTION },
		publicOrigin: cfg.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? null,
		viewer: null // the widget never shows the visitor's account
	};
};

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
