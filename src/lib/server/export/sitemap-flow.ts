import type { Db } from '$lib/server/db/types';
import { PAGES_PER_SITEMAP, sitemapIndexXml, urlsetXml, type SitemapPage } from './sitemap';
import { countPublished, LISTING_KINDS, listPublishedSlugs, listTerritorySlugs, type ListingKind } from './sitemap-repository';

/** Page path of each listing kind (Latvian path words in every locale). */
const LISTING_PATHS: Record<ListingKind, string> = {
	producers: '/razotaji',
	'sales-points': '/tirdzniecibas-vietas',
	organisations: '/organizacijas',
	places: '/vietas'
};

/** Index and list pages that exist whatever the data. */
const FIXED_PAGES = [
	'/', '/razotaji', '/karte', '/tirdzniecibas-vietas', '/organizacijas', '/vietas', '/novadi',
	'/logrikis/kods', '/ieteikt', '/razotajiem', '/privatums'
];

/** /sitemap.xml: the fixed and territory pages, then each listing kind in chunks. */
export async function sitemapIndex(db: Db, origin: string): Promise<string> {
	const entries: { loc: string; lastmod?: Date | null }[] = [{ loc: `${origin}/sitemaps/pages.xml` }];
	for (const kind of LISTING_KINDS) {
		const { n, last } = await countPublished(db, kind);
		const files = Math.ceil(n / PAGES_PER_SITEMAP);
		for (let i = 1; i <= files; i++) entries.push({ loc: `${origin}/sitemaps/${kind}-${i}.xml`, lastmod: last });
	}
	return sitemapIndexXml(entries);
}

/** One file named in the index (`pages.xml`, `producers-2.xml`, …); null when there is no such file. */
export async function sitemapFile(db: Db, origin: string, file: string): Promise<string | null> {
	if (file === 'pages.xml') {
		const [regions, municipalities] = await Promise.all([listTerritorySlugs(db, 'planning_region'), listTerritorySlugs(db, 'municipality')]);
		const pages: SitemapPage[] = [
			...FIXED_PAGES.map((path) => ({ path })),
			...regions.map((slug) => ({ path: `/regioni/${encodeURIComponent(slug)}` })),
			...municipalities.map((slug) => ({ path: `/novadi/${encodeURIComponent(slug)}` }))
		];
		return urlsetXml(origin, pages);
	}
	const match = /^([a-z-]+)-(\d{1,6})\.xml$/.exec(file);
	const kind = match?.[1] as ListingKind | undefined;
	if (!match || !kind || !LISTING_KINDS.includes(kind)) return null;
	const part = Number(match[2]);
	if (part < 1) return null;
	const rows = await listPublishedSlugs(db, kind, PAGES_PER_SITEMAP, (part - 1) * PAGES_PER_SITEMAP);
	if (rows.length === 0) return null;
	return urlsetXml(
		origin,
		rows.map((r) => ({ path: `${LISTING_PATHS[kind]}/${encodeURIComponent(r.slug)}`, lastmod: r.updatedAt }))
	);
}

/** Paths no crawler needs: sign-in, accounts, administration and moderation, and the bulk exports. */
const PRIVATE_PATHS = ['/admin', '/moderacija', '/konts', '/ienakt', '/registreties', '/aizmirsu-paroli', '/iziet'];

export function robotsTxt(origin: string, locales: readonly string[]): string {
	return [
		'User-agent: *',
		...locales.flatMap((l) => PRIVATE_PATHS.map((p) => `Disallow: /${l}${p}`)),
		'Disallow: /api/v1/exports/',
		'',
		`Sitemap: ${origin}/sitemap.xml`,
		''
	].join('\n');
}
