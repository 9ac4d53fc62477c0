import type { LayoutServerLoad } from './$types';
import { config } from '$lib/server/config/env';

/** Map tiles are configurable (MAP_TILE_URL); PUBLIC_BASE_URL makes canonical links absolute behind a proxy. */
export const load: LayoutServerLoad = () => {
	const cfg = config();
	return {
		map: { tileUrl: cfg.MAP_TILE_URL, attribution: cfg.MAP_TILE_ATTRIBUTION },
		publicOrigin: cfg.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? null
	};
};
