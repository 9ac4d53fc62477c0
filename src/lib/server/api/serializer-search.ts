/** The search response body (schemas.ts SearchResponseBody). */
import type { ApiSearchHit, ApiSearchResult } from './search';
import type { SearchResponseBody } from './schemas';
import { asLang, pageLinks, pageMeta, serializeLocation, type SerializeContext } from './serializers';
import { pageUrls } from './urls';

export function searchBody(r: ApiSearchResult, self: URL, ctx: SerializeContext): SearchResponseBody {
	const urls = pageUrls(ctx);
	const res = r.response;
	const meta = pageMeta({ items: r.hits, total: r.total, page: r.api.page, perPage: r.api.per_page });
	const links = pageLinks(meta, self);
	const typeUrl = (type: string) => {
		const u = new URL(self);
		u.searchParams.delete('type');
		u.searchParams.delete('page');
		u.searchParams.set('type', type);
		return u.toString();
	};
	const facet = (values: readonly { value: string; label: string; count: number; selected: boolean }[]) =>
		values.map((v) => ({ value: v.value, label: v.label, count: v.count, selected: v.selected }));
	const urlOf = (type: ApiSearchHit['type'], slug: string) =>
		({ producer: urls.producer, sales_point: urls.salesPoint, organisation: urls.organisation, place: urls.place, library_item: urls.libraryItem })[type](slug);
	return {
		data: r.hits.map((h) => ({
			type: h.type,
			id: h.id,
			slug: h.slug,
			name: h.name,
			url: urlOf(h.type, h.slug),
			...(h.externalId ? { external_id: h.externalId } : {}),
			kind: h.kind,
			is_demo: h.isDemo,
			location: serializeLocation(h.location, urls),
			match: h.match,
			score: h.score,
			...(h.snippet
				? {
						snippet: {
							field: h.snippet.field,
							text: h.snippet.text,
							ranges: h.snippet.ranges.map(([a, b]) => [a, b] as [number, number]),
							html: h.snippet.html,
							...(h.snippet.lang ? { lang: asLang(h.snippet.lang) } : {})
						}
					}
				: {}),
			products: [...h.products],
			...(h.distanceKm !== null ? { distance_km: h.distanceKm } : {}),
			...(h.openNow !== null ? { open_now: h.openNow } : {})
		})),
		meta,
		links,
		query: {
			q: r.params.q,
			normalized: res.normalizedQuery,
			text_words: [...res.textWords],
			places: res.places.map((p) => ({ words: p.words, name: p.name, kind: p.kind, slug: p.slug, area: p.areaName })),
			ambiguous_place_words: res.ambiguousPlaces.map((a) => a.word),
			categories: res.categories.map((c) => ({ slug: c.slug, name: c.name })),
			corrections: res.corrections.map((c) => ({ from: c.from, to: [...c.to] })),
			...(res.origin ? { origin: { lat: res.origin.lat, lng: res.origin.lng, ...(res.origin.label ? { label: res.origin.label } : {}) } } : {})
		},
		groups: res.groups.map((g) => ({ type: g.type, total: g.total, url: typeUrl(g.type) })),
		facets: {
			type: facet(res.facets.type),
			category: facet(res.facets.category),
			kind: facet(res.facets.kind),
			label: facet(res.facets.label),
			region: facet(res.facets.region),
			municipality: facet(res.facets.municipality),
			open_now: res.facets.openNow,
			radius: facet(res.facets.radius)
		}
	};
}
