/** The programmes API's answers (api-schemas.ts): published programmes and cohorts only, in the requested language. */
import { localized } from '$lib/domain/localized';
import type { Locale } from '$lib/i18n/locales';
import type { Db } from '../db/types';
import type { ApiPage } from '../api/queries';
import { mailUrl } from '../mail/links';
import { present } from '../api/present';
import { pageUrls } from '../api/urls';
import type { ProgrammeDetailBody, ProgrammeListParams, ProgrammeSummaryBody } from './api-schemas';
import { publishedProgramme, publishedProgrammes, type PublicCohort, type PublicProgramme } from './public-queries';

type Ctx = { origin: string; lang: Locale };

const LANGS = ['lv', 'en', 'ro', 'ru'] as const;

function cohortBody(p: PublicProgramme, c: PublicCohort, ctx: Ctx): ProgrammeSummaryBody['cohorts'][number] {
	return {
		type: 'cohort',
		slug: c.slug,
		name: localized(c.title, ctx.lang),
		starts_on: c.startsOn,
		ends_on: c.endsOn,
		phase: c.phase,
		...(c.applicationsOpenAt ? { applications_open_at: c.applicationsOpenAt.toISOString() } : {}),
		...(c.applicationsCloseAt ? { applications_close_at: c.applicationsCloseAt.toISOString() } : {}),
		...(c.capacity !== null ? { capacity: c.capacity, places_left: c.placesLeft ?? 0 } : {}),
		...present({ eligibility: localized(c.eligibility, ctx.lang) }),
		languages: c.languages.filter((l): l is (typeof LANGS)[number] => (LANGS as readonly string[]).includes(l)),
		...(c.phase === 'applying' ? { apply_url: mailUrl(ctx.lang, `programmas/${p.slug}/${c.slug}/pieteikties`, {}, ctx.origin) } : {})
	};
}

export function programmeSummary(p: PublicProgramme, ctx: Ctx): ProgrammeSummaryBody {
	const urls = pageUrls(ctx);
	return {
		type: 'programme',
		id: p.id,
		slug: p.slug,
		name: localized(p.title, ctx.lang),
		url: mailUrl(ctx.lang, `programmas/${p.slug}`, {}, ctx.origin),
		kind: p.kind,
		...present({ summary: localized(p.summary, ctx.lang) }),
		organisation: { type: 'organisation', slug: p.organisation.slug, name: p.organisation.name, url: urls.organisation(p.organisation.slug) },
		open_for_applications: p.open,
		cohorts: p.cohorts.map((c) => cohortBody(p, c, ctx)),
		is_demo: p.isDemo
	};
}

/** One page of the list; the whole list is small (an organisation runs a handful), so it is ordered in memory. */
export async function programmeList(db: Db, params: ProgrammeListParams): Promise<ApiPage<PublicProgramme>> {
	const all = await publishedProgrammes(db);
	const start = (params.page - 1) * params.per_page;
	return { items: all.slice(start, start + params.per_page), total: all.length, page: params.page, perPage: params.per_page };
}

export async function programmeDetail(db: Db, slug: string, ctx: Ctx): Promise<ProgrammeDetailBody | null> {
	const p = await publishedProgramme(db, slug);
	if (!p) return null;
	const urls = pageUrls(ctx);
	return {
		...programmeSummary(p, ctx),
		...present({ description: localized(p.description, ctx.lang) }),
		...(p.links.project ? { project: { slug: p.links.project.slug, name: localized(p.links.project.title, ctx.lang), url: urls.project(p.links.project.slug) } } : {}),
		...(p.links.place ? { place: { slug: p.links.place.slug, name: p.links.place.name, url: urls.place(p.links.place.slug) } } : {})
	};
}
