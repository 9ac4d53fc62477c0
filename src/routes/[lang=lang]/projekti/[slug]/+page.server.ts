import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { isLocale } from '$lib/i18n/locales';
import { db } from '$lib/server/db/bootstrap';
import { projectPage } from '$lib/server/projects/queries';
import { loadPageSlots } from '$lib/server/programme/slot-queries';

/** A published project; its news (and later events and materials) come from the registered page slots. */
export const load: PageServerLoad = async ({ params }) => {
	const locale = isLocale(params.lang) ? params.lang : 'lv';
	const now = new Date();
	const found = await projectPage(db(), params.slug, locale, now);
	if (!found) error(404, 'Not found');
	return { project: found.project, slots: await loadPageSlots('project', { db: db(), id: found.id, slug: params.slug, locale, now }) };
};
