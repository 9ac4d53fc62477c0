/** URLs of the export downloads, feeds and widget, built the same way on every page that links to them. */

export const EXPORT_FORMATS = [
	{ ext: 'csv', label: 'CSV' },
	{ ext: 'xlsx', label: 'XLSX' },
	{ ext: 'geojson', label: 'GeoJSON' }
] as const;

/** `query` is a directory selection query ("" or "?category=…"), without a page number. */
export function exportUrl(ext: string, query: string, locale: string): string {
	const params = new URLSearchParams(query.replace(/^\?/, ''));
	params.delete('page');
	if (locale !== 'lv') params.set('lang', locale);
	const qs = params.toString();
	return `/api/v1/exports/producers.${ext}${qs ? `?${qs}` : ''}`;
}

/** The Atom feed of new producers: everything, one category, or one municipality. */
export function feedUrl(locale: string, scope: { category?: string; municipality?: string } = {}): string {
	if (scope.municipality) return `/${locale}/novadi/${encodeURIComponent(scope.municipality)}/jaunumi.atom`;
	if (scope.category) return `/${locale}/jaunumi.atom?category=${encodeURIComponent(scope.category)}`;
	return `/${locale}/jaunumi.atom`;
}
