import { localized, localizedLang } from '$lib/domain/localized';
import type { Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import type { Db } from '$lib/server/db/types';
import { pageUrls } from '$lib/server/api/urls';
import { findTerritoryBySlug } from '$lib/server/geography/territories-repository';
import { excerpt } from '$lib/server/producers/domain';
import type { DirectoryFilter } from '$lib/server/producers/producers-repository';
import { listCategories } from '$lib/server/taxonomy/categories-repository';
import { categoryScope } from '$lib/server/taxonomy/domain';
import { atomXml, type AtomFeed } from './atom';
import { listCategorySlugs, listNewlyPublished } from './export-repository';

/** Entries per feed: readers poll often; a few weeks of new producers is plenty. */
export const FEED_SIZE = 50;

export type FeedScope = { category?: string; municipality?: string };

/**
 * The Atom feed of newly published producers: all of them, one category (with its children) or
 * one municipality. Null when the scope names nothing (the route answers 404).
 */
export async function newProducersFeed(db: Db, scope: FeedScope, locale: Locale, origin: string, selfPath: string): Promise<string | null> {
	const cats = await listCategories(db);
	const filter: DirectoryFilter = {};
	let place: string | null = null;
	const urls = pageUrls({ origin, lang: locale });
	let htmlUrl = `${origin}/${locale}/razotaji?sort=newest`;
	if (scope.category) {
		const found = categoryScope(cats, scope.category);
		if (!found) return null;
		filter.categoryIds = found.ids;
		place = localized(found.category.name, locale);
		htmlUrl = `${origin}/${locale}/razotaji?category=${encodeURIComponent(found.category.slug)}&sort=newest`;
	}
	if (scope.municipality) {
		const mu = await findTerritoryBySlug(db, 'municipality', scope.municipality);
		if (!mu) return null;
		filter.municipalityId = mu.id;
		place = localized(mu.name, locale);
		htmlUrl = urls.municipality(mu.slug);
	}
	const rows = await listNewlyPublished(db, filter, FEED_SIZE);
	const catName = new Map(cats.map((c) => [c.slug, localized(c.name, locale)]));
	const links = await listCategorySlugs(
		db,
		rows.map((r) => r.id)
	);
	const selfUrl = `${origin}${selfPath}`;
	const feed: AtomFeed = {
		id: selfUrl,
		title: `${place ? m.feed_title_in({ place }, { locale }) : m.feed_title_all({}, { locale })} – ${m.site_name({}, { locale })}`,
		subtitle: m.feed_subtitle({}, { locale }),
		lang: locale,
		selfUrl,
		htmlUrl,
		author: m.site_name({}, { locale }),
		updated: rows.reduce((max, r) => {
			const d = new Date(r.updatedAt);
			return d > max ? d : max;
		}, new Date(0)),
		entries: rows.map((r) => ({
			id: urls.producer(r.slug),
			title: r.name,
			link: urls.producer(r.slug),
			published: new Date(r.publishedAt ?? r.updatedAt),
			updated: new Date(r.updatedAt),
			summary: excerpt(localized(r.description, locale), 300),
			summaryLang: localizedLang(r.description, locale),
			categories: links.filter((l) => l.producerId === r.id).map((l) => ({ term: l.slug, label: catName.get(l.slug) ?? l.slug }))
		}))
	};
	return atomXml(feed);
}
