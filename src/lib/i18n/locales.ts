/** UI languages, Latvian first. Kept in step with project.inlang/settings.json. */
export const LOCALES = ['lv', 'en', 'ro', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'lv';

export function isLocale(value: string | undefined | null): value is Locale {
	return !!value && (LOCALES as readonly string[]).includes(value);
}

/** The locale is the first path segment: /lv/razotaji, /en/razotaji. */
export function localeFromPath(pathname: string): Locale | undefined {
	const first = pathname.split('/')[1];
	return isLocale(first) ? first : undefined;
}

/** Same page in another language: swaps the first path segment, keeps query. */
export function switchLocalePath(pathname: string, search: string, to: Locale): string {
	const rest = localeFromPath(pathname) ? pathname.split('/').slice(2).join('/') : pathname.slice(1);
	return `/${to}${rest ? '/' + rest : ''}${search}`;
}

/** Picks the best UI language from an Accept-Language header, Latvian when nothing fits. */
export function localeFromAcceptLanguage(header: string | null): Locale {
	if (!header) return BASE_LOCALE;
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag, q] = part.trim().split(';q=');
			return { lang: tag.toLowerCase().split('-')[0], q: q ? Number(q) : 1 };
		})
		.filter((x) => !Number.isNaN(x.q))
		.sort((a, b) => b.q - a.q);
	return ranked.find((x) => isLocale(x.lang))?.lang as Locale | undefined ?? BASE_LOCALE;
}
