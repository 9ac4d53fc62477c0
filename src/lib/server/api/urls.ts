import type { Locale } from '$lib/i18n/locales';

/** Absolute URLs of the HTML pages (Latvian path words in every locale, decision 002). */
export type UrlContext = { origin: string; lang: Locale };

const seg = encodeURIComponent;

export const pageUrls = (ctx: UrlContext) => {
	const base = `${ctx.origin}/${ctx.lang}`;
	return {
		producer: (slug: string) => `${base}/razotaji/${seg(slug)}`,
		salesPoint: (slug: string) => `${base}/tirdzniecibas-vietas/${seg(slug)}`,
		organisation: (slug: string) => `${base}/organizacijas/${seg(slug)}`,
		place: (slug: string) => `${base}/vietas/${seg(slug)}`,
		municipality: (slug: string) => `${base}/novadi/${seg(slug)}`,
		region: (slug: string) => `${base}/regioni/${seg(slug)}`,
		category: (slug: string) => `${base}/razotaji?category=${seg(slug)}`,
		search: (query: string) => `${base}/meklet${query}`,
		project: (slug: string) => `${base}/projekti/${seg(slug)}`,
		event: (slug: string) => `${base}/pasakumi/${seg(slug)}`,
		libraryItem: (slug: string) => `${base}/biblioteka/${seg(slug)}`
	};
};

export type PageUrls = ReturnType<typeof pageUrls>;

/** The origin links are built on: PUBLIC_BASE_URL behind a proxy, else the request's own. */
export function publicOrigin(configured: string | undefined, requestOrigin: string): string {
	return (configured ?? requestOrigin).replace(/\/+$/, '');
}
