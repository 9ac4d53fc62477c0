import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { localized, localizedLang } from '$lib/domain/localized';
import { db } from '$lib/server/db/bootstrap';
import { publishedProgramme } from '$lib/server/programmes/public-queries';
import { cohortCard, programmeCard } from '$lib/server/programmes/public-view';

/** A published programme with its cohorts (finished ones too, last), and where it runs. */
export const load: PageServerLoad = async ({ params }) => {
	const p = await publishedProgramme(db(), params.slug);
	if (!p) error(404, 'Not found');
	const lang = params.lang;
	return {
		programme: {
			...programmeCard(p, lang),
			description: localized(p.description, lang) ? { text: localized(p.description, lang), lang: localizedLang(p.description, lang) } : null,
			cohorts: p.cohorts.map((c) => cohortCard(c, lang)),
			project: p.links.project ? { slug: p.links.project.slug, title: localized(p.links.project.title, lang) } : null,
			place: p.links.place
		}
	};
};

export const csr = false;
