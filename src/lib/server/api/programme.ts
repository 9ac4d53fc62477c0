/** The projects and news endpoints: queries through the features' flows, bodies by the schemas. */
import type { Locale } from '$lib/i18n/locales';
import type { NewsCard, ProjectCard } from '$lib/contracts/programme';
import { mediaUrl } from '$lib/domain/image-variants';
import type { Db } from '../db/types';
import { countNews, findNewsBySlug, listNews } from '../news/news-repository';
import { resolveNewsScope, toNewsCard } from '../news/queries';
import { rigaToday } from '../projects/domain';
import { countProjects, findProjectBySlug, listProjects } from '../projects/projects-repository';
import { resolveProjectFilter } from '../projects/queries';
import { toProjectCards, toProjectView } from '../projects/views';
import { present } from './present';
import { apiPage, offsetOf, type ApiPage, type Checked } from './queries';
import type { NewsDetailBody, NewsListParams, NewsSummaryBody, ProjectDetailBody, ProjectListParams, ProjectSummaryBody } from './programme-schemas';

type Ctx = { origin: string; lang: Locale };
const abs = (ctx: Ctx, path: string) => `${ctx.origin}${path}`;
/** A filter whose slug names nothing published: a 400 naming the parameter (as the directory's filters do). */
/** An entity's public page: its slug, name and absolute URL (`/{lang}/{section}/{slug}`). */
const pageLink = (ctx: Ctx, section: string, slug: string, name: string) => ({ slug, name, url: abs(ctx, `/${ctx.lang}/${section}/${encodeURIComponent(slug)}`) });

const unknownFilter = (param: string) => ({ ok: false as const, errors: [{ param, message: 'names nothing published' }] });

type ProjectItem = { id: string; card: ProjectCard };

export async function projectList(db: Db, p: ProjectListParams, now: Date): Promise<Checked<ApiPage<ProjectItem>>> {
	const filter = await resolveProjectFilter(db, { organisation: p.organisation ?? null, territory: p.municipality ?? null, phase: p.phase ?? null }, now);
	if (!filter) {
		const orgUnknown = !!p.organisation && !(await resolveProjectFilter(db, { organisation: p.organisation, territory: null, phase: null }, now));
		return unknownFilter(orgUnknown ? 'organisation' : 'municipality');
	}
	const [total, rows] = await Promise.all([countProjects(db, filter), listProjects(db, filter, p.per_page, offsetOf(p))]);
	const cards = await toProjectCards(db, rows, p.lang, filter.today);
	return { ok: true, value: apiPage(rows.map((r, i) => ({ id: r.id, card: cards[i] })), total, p) };
}

export function projectSummary(item: ProjectItem, ctx: Ctx): ProjectSummaryBody {
	const c = item.card;
	return {
		type: 'project',
		id: item.id,
		...pageLink(ctx, 'projekti', c.slug, c.title),
		...present({ number: c.number, starts_on: c.startsOn, ends_on: c.endsOn }),
		phase: c.phase,
		summary: c.summary,
		summary_lang: c.summaryLang as Locale,
		organisation: pageLink(ctx, 'organizacijas', c.organisation.slug, c.organisation.name),
		is_demo: c.isDemo
	};
}

export async function projectDetail(db: Db, slug: string, ctx: Ctx, now: Date): Promise<ProjectDetailBody | null> {
	const row = await findProjectBySlug(db, slug, true);
	if (!row) return null;
	const v = await toProjectView(db, row, ctx.lang, rigaToday(now));
	const t = (f: { text: string; lang: string } | null) => (f ? { text: f.text, lang: f.lang as Locale } : undefined);
	return {
		...projectSummary({ id: row.id, card: v }, ctx),
		...present({ programme: t(v.programme), sub_measure: t(v.subMeasure), funder: t(v.funder), acknowledgement: t(v.acknowledgement), website: v.website }),
		goals: v.goals?.lines ?? [],
		partners: v.partners.map((p) => ({ role: p.role, name: p.name, country: p.country, ...present({ url: p.href ? abs(ctx, p.href) : null, website: p.website }) })),
		territories: v.territories.map((x) => ({ name: x.name, country: x.country, ...present({ url: x.href ? abs(ctx, x.href) : null }) })),
		results: v.results.map((r) => ({ value: r.value, label: r.label, label_lang: r.labelLang as Locale, ...present({ unit: r.unit }) })),
		logos: v.logos.map((l) => ({ url: abs(ctx, mediaUrl(l.id, 640)), alt: l.alt, width: l.width, height: l.height })),
		news_url: abs(ctx, `/api/v1/news?project=${encodeURIComponent(row.slug)}&lang=${ctx.lang}`),
		feed_url: abs(ctx, `/${ctx.lang}/projekti/${encodeURIComponent(row.slug)}/zinas.atom`)
	};
}

type NewsItem = { id: string; card: NewsCard };

export async function newsList(db: Db, p: NewsListParams): Promise<Checked<ApiPage<NewsItem>>> {
	const scope = await resolveNewsScope(db, { organisation: p.organisation ?? null, project: p.project ?? null }, p.lang);
	if (!scope) {
		const orgUnknown = !!p.organisation && !(await resolveNewsScope(db, { organisation: p.organisation, project: null }, p.lang));
		return unknownFilter(orgUnknown ? 'organisation' : 'project');
	}
	const [total, rows] = await Promise.all([countNews(db, scope.filter), listNews(db, scope.filter, p.per_page, offsetOf(p))]);
	return { ok: true, value: apiPage(rows.map((r) => ({ id: r.id, card: toNewsCard(r, p.lang) })), total, p) };
}

export function newsSummary(item: NewsItem, ctx: Ctx): NewsSummaryBody {
	const c = item.card;
	return {
		type: 'news',
		id: item.id,
		...pageLink(ctx, 'zinas', c.slug, c.title),
		lang: c.lang as Locale,
		summary: c.summary,
		published_at: c.publishedAt,
		organisation: pageLink(ctx, 'organizacijas', c.organisation.slug, c.organisation.name),
		...(c.project ? { project: pageLink(ctx, 'projekti', c.project.slug, c.project.title) } : {}),
		is_demo: c.isDemo
	};
}

export async function newsDetail(db: Db, slug: string, ctx: Ctx): Promise<NewsDetailBody | null> {
	const row = await findNewsBySlug(db, slug, true);
	if (!row) return null;
	return {
		...newsSummary({ id: row.id, card: toNewsCard(row, ctx.lang) }, ctx),
		body_html: row.bodyHtml.replaceAll('src="/media/', `src="${ctx.origin}/media/`),
		updated_at: row.updatedAt.toISOString()
	};
}
