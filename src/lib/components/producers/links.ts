import type { ResolvedPathname } from '$app/types';

/**
 * Internal URLs of the producer pages (docs/architecture.md, "URLs"). The app is served at the root
 * (no `paths.base`), so a locale-prefixed path is already the resolved pathname; should a base path
 * ever be configured, this is the one place to add it. Links stay absolute ("/lv/…") in the HTML.
 */
const path = (value: string) => value as ResolvedPathname;
const part = (slug: string) => encodeURIComponent(slug);

export const links = {
	home: (locale: string) => path(`/${locale}`),
	directory: (locale: string, query = '') => path(`/${locale}/razotaji${query}`),
	category: (locale: string, slug: string) => path(`/${locale}/razotaji?category=${part(slug)}`),
	producer: (locale: string, slug: string) => path(`/${locale}/razotaji/${part(slug)}`),
	salesPoint: (locale: string, slug: string) => path(`/${locale}/tirdzniecibas-vietas/${part(slug)}`),
	organisation: (locale: string, slug: string) => path(`/${locale}/organizacijas/${part(slug)}`),
	municipality: (locale: string, slug: string) => path(`/${locale}/novadi/${part(slug)}`),
	region: (locale: string, slug: string) => path(`/${locale}/regioni/${part(slug)}`)
};
