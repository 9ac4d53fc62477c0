import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { isLocale } from '$lib/i18n/locales';
import { db } from '$lib/server/db/bootstrap';
import { libraryItemPage } from '$lib/server/library/public-queries';
import { countUse } from '$lib/server/library/usage-flow';

/**
 * A published library item. A video's player is not on the page until the person asks for it:
 * "Atskaņot" is a link to `?atskanot=1#video` (works without JavaScript), and only that response
 * frames the video service — its CSP names the one player origin (hooks/security-headers.ts).
 */
export const load: PageServerLoad = async (event) => {
	const locale = isLocale(event.params.lang) ? event.params.lang : 'lv';
	const item = await libraryItemPage(db(), event.params.slug, locale);
	if (!item) error(404, 'Not found');
	const playing = item.video !== null && event.url.searchParams.get('atskanot') === '1';
	if (playing && item.video) event.locals.frameOrigin = item.video.frameOrigin;
	// pressing play reloads the page: one view, not two
	if (!playing) await countUse(db(), item, 'view', event);
	return { item, playing };
};
