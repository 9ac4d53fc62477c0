import { localized } from '$lib/domain/localized';
import type { PublicLocation } from '$lib/domain/public-location';
import type { Locale } from '$lib/i18n/locales';
import type { Contacts as ContactColumns, ProducerCard } from '$lib/contracts/listings/types';
import { weekIntervals, type HoursView } from '$lib/domain/hours-view';
import type { ApiPage, CategoryItem, Listed, MunicipalityItem, ProducerDetailData, ProducerItem } from './queries';
import type { ApiSearchHit, ApiSearchResult } from './search';
import type { OrganisationPage } from '$lib/server/organisations/queries';
import type { PlacePage } from '$lib/server/places/queries';
import type { SalesPointPage } from '$lib/server/sales-points/queries';
import type {
	CategoryBody,
	ContactsBody,
	LocationBody,
	MunicipalityBody,
	OrganisationDetailBody,
	OrganisationSummaryBody,
	PageLinksBody,
	PageMetaBody,
	PlaceDetailBody,
	PlaceSummaryBody,
	ProducerDetailBody,
	ProducerRefBody,
	ProducerSummaryBody,
	SalesPointDetailBody,
	SalesPointSummaryBody,
	SearchResponseBody
} from './schemas';
import { pageUrls, type PageUrls, type UrlContext } from './urls';

/**
 * Flow results → response bodies (schemas.ts). Texts are already localized by the flows; here they
 * get their API names, absolute URLs, and optional members are dropped when empty.
 */

export type SerializeContext = UrlContext;

/** Drops null, undefined and '' members so that optional fields are absent rather than empty. */
function present<T extends Record<string, unknown>>(obj: T): { [K in keyof T]: Exclude<T[K], null | ''> } {
	return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined && v !== '')) as {
		[K in keyof T]: Exclude<T[K], null | ''>;
	};
}

const asLang = (value: string): Locale => value as Locale;

/** Only what publicLocation() let through; the three shapes carry only the members their precision allows. */
export function serializeLocation(loc: PublicLocation, urls: PageUrls): LocationBody {
	const municipality = { slug: loc.municipalitySlug, name: loc.municipality, url: urls.municipality(loc.municipalitySlug) };
	const point = loc.point ? { point: { lat: loc.point.lat, lng: loc.point.lng } } : {};
	switch (loc.precision) {
		case 'exact':
			return { precision: 'exact', municipality, ...point, ...present({ locality: loc.locality, address: loc.address }) };
		case 'locality':
			return { precision: 'locality', municipality, ...point, ...present({ locality: loc.locality }) };
		case 'municipality':
			return { precision: 'municipality', municipality, ...point };
	}
}

function serializeContacts(c: ContactColumns): ContactsBody {
	return present({ phone: c.phone, email: c.email, website: c.website, facebook: c.facebook, instagram: c.instagram });
}

/** The coming days and open now (schemas.ts comingHours); nothing when the hours are unknown. */
function comingHours(view: HoursView | null) {
	if (!view) return {};
	// the API's times are HH:MM of a day: an interval to midnight closes at 00:00, as elsewhere in it
	const days = view.coming.map((d) => ({ date: d.date, intervals: d.ranges.map((r) => ({ opens: r.opens, closes: r.closes === '24:00' ? '00:00' : r.closes })) }));
	return { opening_days: days, ...(view.status.state !== 'unknown' ? { open_now: view.status.state === 'open' } : {}) };
}
const openingHoursBody = (view: HoursView | null) => ({ opening_hours: weekIntervals(view), ...(view ? { opening_hours_osm: view.text } : {}), ...comingHours(view) });
const officeHoursBody = (view: HoursView | null) => ({ office_hours: weekIntervals(view), ...(view ? { office_hours_osm: view.text } : {}), ...comingHours(view) });

function producerRef(p: ProducerCard, urls: PageUrls): ProducerRefBody {
	return {
		type: 'producer',
		slug: p.slug,
		name: p.name,
		url: urls.producer(p.slug),
		kind: p.kind as ProducerRefBody['kind'],
		is_demo: p.isDemo,
		municipality: p.municipality,
		...(p.note ? { note: p.note, note_lang: asLang(p.noteLang ?? 'lv') } : {})
	};
}

// ---------------------------------------------------------------- lists

export function pageMeta(page: ApiPage<unknown>): PageMetaBody {
	return { page: page.page, per_page: page.perPage, total: page.total, pages: Math.max(1, Math.ceil(page.total / page.perPage)) };
}

/** self is the request as made (on the public origin); next and prev change only `page`. */
export function pageLinks(meta: PageMetaBody, self: URL): PageLinksBody {
	const withPage = (n: number) => {
		const u = new URL(self);
		u.searchParams.set('page', String(n));
		return u.toString();
	};
	return {
		self: self.toString(),
		next: meta.page < meta.pages ? withPage(meta.page + 1) : null,
		prev: meta.page > 1 ? withPage(Math.min(meta.page - 1, meta.pages)) : null
	};
}

export function listBody<T, B>(page: ApiPage<T>, self: URL, item: (x: T) => B): { data: B[]; meta: PageMetaBody; links: PageLinksBody } {
	const meta = pageMeta(page);
	return { data: page.items.map(item), meta, links: pageLinks(meta, self) };
}

export function producerSummary(p: ProducerItem, ctx: SerializeContext): ProducerSummaryBody {
	const urls = pageUrls(ctx);
	return {
		type: 'producer',
		id: p.id,
		slug: p.slug,
		name: p.name,
		url: urls.producer(p.slug),
		...(p.externalId ? { external_id: p.externalId } : {}),
		kind: p.kind as ProducerSummaryBody['kind'],
		is_demo: p.isDemo,
		location: serializeLocation(p.location, urls),
		categories: p.categories.map((c) => ({ slug: c.slug, name: c.name }))
	};
}

function listed<T extends 'sales_point' | 'organisation' | 'place'>(type: T, item: Listed<string>, url: string, urls: PageUrls) {
	return { type, id: item.id, slug: item.slug, name: item.name, url, is_demo: item.isDemo, location: serializeLocation(item.location, urls) };
}

export function salesPointSummary(item: Listed<string>, ctx: SerializeContext): SalesPointSummaryBody {
	const urls = pageUrls(ctx);
	return { ...listed('sales_point', item, urls.salesPoint(item.slug), urls), kind: item.kind as SalesPointSummaryBody['kind'] };
}

export function organisationSummary(item: Listed<string>, ctx: SerializeContext): OrganisationSummaryBody {
	const urls = pageUrls(ctx);
	return { ...listed('organisation', item, urls.organisation(item.slug), urls), kind: item.kind as OrganisationSummaryBody['kind'] };
}

export function placeSummary(item: Listed<string>, ctx: SerializeContext): PlaceSummaryBody {
	const urls = pageUrls(ctx);
	return { ...listed('place', item, urls.place(item.slug), urls), kind: item.kind as PlaceSummaryBody['kind'] };
}

export function category(item: CategoryItem, ctx: SerializeContext): CategoryBody {
	const urls = pageUrls(ctx);
	return {
		type: 'category',
		id: item.row.id,
		slug: item.row.slug,
		name: localized(item.row.name, ctx.lang),
		url: urls.category(item.row.slug),
		...(item.parentSlug ? { parent: item.parentSlug } : {}),
		icon: item.row.icon,
		producer_count: item.producers
	};
}

export function municipality(item: MunicipalityItem, ctx: SerializeContext): MunicipalityBody {
	const urls = pageUrls(ctx);
	const t = item.territory;
	const ref = (r: { slug: string; name: MunicipalityItem['territory']['name'] }, url: (slug: string) => string) => ({
		slug: r.slug,
		name: localized(r.name, ctx.lang),
		url: url(r.slug)
	});
	return {
		type: item.historical ? 'historical_municipality' : 'municipality',
		id: t.id,
		slug: t.slug,
		name: localized(t.name, ctx.lang),
		url: urls.municipality(item.successor?.slug ?? t.slug),
		...(t.subkind ? { subkind: t.subkind } : {}),
		...(item.region ? { region: ref(item.region, urls.region) } : {}),
		...(t.lat !== null && t.lng !== null ? { centre: { lat: t.lat, lng: t.lng } } : {}),
		...(item.producers !== null ? { producer_count: item.producers } : {}),
		...(item.successor ? { successor: ref(item.successor, urls.municipality) } : {})
	};
}

// ---------------------------------------------------------------- details

export function producerDetail(d: ProducerDetailData, ctx: SerializeContext): ProducerDetailBody {
	const urls = pageUrls(ctx);
	const { producer, products, salesPoints, labels, organisations } = d.page;
	return {
		type: 'producer',
		id: d.id,
		slug: producer.slug,
		name: producer.name,
		url: urls.producer(producer.slug),
		...(d.externalId ? { external_id: d.externalId } : {}),
		kind: producer.kind as ProducerDetailBody['kind'],
		is_demo: producer.isDemo,
		location: serializeLocation(producer.location, urls),
		categories: producer.categories.map((c) => ({ slug: c.slug, name: c.name })),
		description: producer.description,
		description_lang: asLang(producer.descriptionLang),
		...(producer.foundedYear !== null ? { founded_year: producer.foundedYear } : {}),
		contacts: serializeContacts(producer.contacts),
		...(producer.region ? { region: { ...producer.region, url: urls.region(producer.region.slug) } } : {}),
		products: products.map((p) => ({
			name: p.name,
			name_lang: asLang(p.nameLang),
			category: p.category,
			...present({
				price_cents: p.priceCents,
				unit: p.unit,
				unit_amount: p.unitAmount,
				season_from: p.seasonFrom,
				season_to: p.seasonTo
			})
		})),
		sales_points: salesPoints.map((sp) => ({
			type: 'sales_point' as const,
			slug: sp.slug,
			name: sp.name,
			url: urls.salesPoint(sp.slug),
			kind: sp.kind as ProducerDetailBody['sales_points'][number]['kind'],
			location: serializeLocation(sp.location, urls),
			...(sp.note ? { note: sp.note, note_lang: asLang(sp.noteLang) } : {})
		})),
		labels: labels.map((l) => ({ slug: l.slug, name: l.name, ...present({ value: l.value }) })),
		organisations: organisations.map((o) => ({ type: 'organisation' as const, slug: o.slug, name: o.name, url: urls.organisation(o.slug) }))
	};
}

export function salesPointDetail(d: { id: string; page: SalesPointPage }, ctx: SerializeContext): SalesPointDetailBody {
	const urls = pageUrls(ctx);
	const sp = d.page.salesPoint;
	return {
		type: 'sales_point',
		id: d.id,
		slug: sp.slug,
		name: sp.name,
		url: urls.salesPoint(sp.slug),
		kind: sp.kind,
		is_demo: sp.isDemo,
		location: serializeLocation(sp.location, urls),
		...(sp.description ? { description: sp.description, description_lang: asLang(sp.descriptionLang) } : {}),
		...(sp.hoursNote ? { hours_note: sp.hoursNote, hours_note_lang: asLang(sp.hoursNoteLang) } : {}),
		...openingHoursBody(sp.hours),
		contacts: serializeContacts(sp.contacts),
		producers: d.page.producers.map((p) => producerRef(p, urls))
	};
}

export function organisationDetail(d: { id: string; page: OrganisationPage }, ctx: SerializeContext): OrganisationDetailBody {
	const urls = pageUrls(ctx);
	const o = d.page.organisation;
	return {
		type: 'organisation',
		id: d.id,
		slug: o.slug,
		name: o.name,
		url: urls.organisation(o.slug),
		kind: o.kind,
		is_demo: o.isDemo,
		location: serializeLocation(o.location, urls),
		...present({ legal_name: o.legalName }),
		description: o.description,
		description_lang: asLang(o.descriptionLang),
		...present({ registration_number: o.registrationNumber }),
		...officeHoursBody(o.officeHours),
		contacts: serializeContacts(o.contacts),
		coverage: d.page.coverage.map((t) => ({
			slug: t.slug,
			name: t.name,
			kind: t.kind,
			...(t.kind === 'planning_region' ? { url: urls.region(t.slug) } : t.kind === 'municipality' ? { url: urls.municipality(t.slug) } : {})
		})),
		producers: d.page.producers.map((p) => producerRef(p, urls)),
		producer_count: d.page.producersWindow.total,
		places: d.page.places.map((pl) => ({
			type: 'place' as const,
			slug: pl.slug,
			name: pl.name,
			url: urls.place(pl.slug),
			kind: pl.kind as PlaceSummaryBody['kind']
		}))
	};
}

export function placeDetail(d: { id: string; page: PlacePage }, ctx: SerializeContext): PlaceDetailBody {
	const urls = pageUrls(ctx);
	const pl = d.page.place;
	const operator = pl.operator
		? { name: pl.operator.name, ...(pl.operator.slug ? { slug: pl.operator.slug, url: urls.organisation(pl.operator.slug) } : {}) }
		: null;
	return {
		type: 'place',
		id: d.id,
		slug: pl.slug,
		name: pl.name,
		url: urls.place(pl.slug),
		kind: pl.kind,
		is_demo: pl.isDemo,
		location: serializeLocation(pl.location, urls),
		description: pl.description,
		description_lang: asLang(pl.descriptionLang),
		amenities: [...pl.amenities],
		...(operator ? { operator } : {}),
		...openingHoursBody(pl.hours),
		contacts: serializeContacts(pl.contacts)
	};
}

// ---------------------------------------------------------------- search

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
		type === 'producer' ? urls.producer(slug) : type === 'sales_point' ? urls.salesPoint(slug) : type === 'organisation' ? urls.organisation(slug) : urls.place(slug);
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
