/** Atom feeds of news: all, one organisation's, one project's (export/atom.ts writes the XML). */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locales';
import type { Db } from '../db/types';
import { atomXml } from '../export/atom';
import { listNews } from './news-repository';
import { resolveNewsScope, type NewsScope } from './queries';

export const NEWS_FEED_SIZE = 30;

/** Null when the scope names nothing (the route answers 404). */
export async function newsFeed(db: Db, scope: NewsScope, locale: Locale, origin: string, selfPath: string): Promise<string | null> {
	const resolved = await resolveNewsScope(db, scope, locale);
	if (!resolved) return null;
	const rows = await listNews(db, resolved.filter, NEWS_FEED_SIZE);
	const base = `${origin}/${locale}`;
	const of = resolved.project?.title ?? resolved.organisation?.name ?? null;
	const htmlUrl = resolved.project
		? `${base}/projekti/${resolved.project.slug}`
		: resolved.organisation
			? `${base}/organizacijas/${resolved.organisation.slug}`
			: `${base}/zinas`;
	const selfUrl = `${origin}${selfPath}`;
	return atomXml({
		id: selfUrl,
		title: `${of ? m.news_feed_title_of({ of }, { locale }) : m.news_feed_title_all({}, { locale })} – ${m.site_name({}, { locale })}`,
		subtitle: m.news_feed_subtitle({}, { locale }),
		lang: locale,
		selfUrl,
		htmlUrl,
		author: resolved.organisation?.name ?? m.site_name({}, { locale }),
		updated: rows.reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), new Date(0)),
		entries: rows.map((r) => ({
			id: `${base}/zinas/${r.slug}`,
			title: r.title,
			link: `${base}/zinas/${r.slug}`,
			published: r.publishedAt ?? r.updatedAt,
			updated: r.updatedAt,
			summary: r.summary,
			summaryLang: r.lang,
			// pictures of the image pipeline are site-relative in the body; a feed reader needs the origin
			contentHtml: r.bodyHtml.replaceAll('src="/media/', `src="${origin}/media/`),
			categories: [{ term: r.organisation.slug, label: r.organisation.name }, ...(r.project?.published ? [{ term: r.project.slug, label: r.project.title.lv }] : [])]
		}))
	});
}
