import { BASE_LOCALE, LOCALES } from '$lib/i18n/locales';
import { xmlEscape } from './atom';

/**
 * sitemaps.org 0.9 documents. Every page exists in all four locales (Latvian path words, decision
 * 002), so each page becomes one <url> per locale, each listing all locales and x-default as
 * xhtml:link alternates (Google's hreflang-in-sitemap format).
 */

export type SitemapPage = { path: string; lastmod?: Date | null };

/** At most 50,000 URLs per file: this many pages × 4 locales stays well below, and below 50 MB. */
export const PAGES_PER_SITEMAP = 5000;

export function urlsetXml(origin: string, pages: readonly SitemapPage[]): string {
	const href = (locale: string, path: string) => xmlEscape(`${origin}/${locale}${path === '/' ? '' : path}`);
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
	];
	for (const page of pages) {
		const alternates = [
			...LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${href(l, page.path)}"/>`),
			`<xhtml:link rel="alternate" hreflang="x-default" href="${href(BASE_LOCALE, page.path)}"/>`
		].join('');
		const lastmod = page.lastmod ? `<lastmod>${new Date(page.lastmod).toISOString()}</lastmod>` : '';
		for (const locale of LOCALES) out.push(`<url><loc>${href(locale, page.path)}</loc>${lastmod}${alternates}</url>`);
	}
	out.push('</urlset>', '');
	return out.join('\n');
}

export function sitemapIndexXml(entries: readonly { loc: string; lastmod?: Date | null }[]): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...entries.map((e) => `<sitemap><loc>${xmlEscape(e.loc)}</loc>${e.lastmod ? `<lastmod>${new Date(e.lastmod).toISOString()}</lastmod>` : ''}</sitemap>`),
		'</sitemapindex>',
		''
	].join('\n');
}
