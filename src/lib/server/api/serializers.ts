import { localized } from '$lib/domain/localized';
import type { PublicLocation } from '$lib/domain/public-location';
import type { Locale } from '$lib/i18n/locales';
import type { Contacts as ContactColumns } from '$lib/contracts/listings/types';
import type { ApiPage, CategoryItem, Listed, MunicipalityItem, ProducerItem } from './queries';
import type {
	CategoryBody,
	ContactsBody,
	LocationBody,
	MunicipalityBody,
	OrganisationSummaryBody,
	PageLinksBody,
	PageMetaBody,
	PlaceSummaryBody,
	ProducerSummaryBody,
	SalesPointSummaryBody
} from './schemas';
import { pageUrls, type PageUrls, type UrlContext } from './urls';

/**
 * Flow results → response bodies (schemas.ts): the shared pieces and the list items. Texts are
 * already localized by the flows; here they get their API names, absolute URLs, and optional
 * members are dropped when empty. The detail bodies are in serializer-details.ts, the search
 * response in serializer-search.ts.
 */

export type SerializeContext = UrlContext;

/** Drops null, undefined and '' members so that optional fields are absent rather than empty. */
export function present<T extends Record<string, unknown>>(obj: T): { [K in keyof T]: Exclude<T[K], null | ''> } {
	return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined && v !== '')) as {
		[K in keyof T]: Exclude<T[K], null | ''>;
	};
}

export const asLang = (value: string): Locale => value as Locale;

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

export function serializeContacts(c: ContactColumns): ContactsBody {
	return present({ phone: c.phone, email: c.email, website: c.website, facebook: c.facebook, instagram: c.instagram });
}

/** What a producer's list item and its detail share (the detail adds to it). */
export function producerHead(ids: { id: string; externalId: string | null }, p: Omit<ProducerItem, 'id' | 'externalId'>, urls: PageUrls) {
	return {
		type: 'producer' as const,
		id: ids.id,
		slug: p.slug,
		name: p.name,
		url: urls.producer(p.slug),
		...(ids.externalId ? { external_id: ids.externalId } : {}),
		kind: p.kind as ProducerSummaryBody['kind'],
		is_demo: p.isDemo,
		location: serializeLocation(p.location, urls),
		categories: p.categories.map((c) => ({ slug: c.slug, name: c.name }))
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
	return producerHead(p, p, pageUrls(ctx));
}

/** What a sales point's, organisation's or place's list item and its detail begin with. */
export function listingHead<T extends 'sales_point' | 'organisation' | 'place', K extends string>(
	type: T,
	id: string,
	item: { slug: string; name: string; kind: K; isDemo: boolean; location: PublicLocation },
	url: (slug: string) => string,
	urls: PageUrls
) {
	return { type, id, slug: item.slug, name: item.name, url: url(item.slug), kind: item.kind, is_demo: item.isDemo, location: serializeLocation(item.location, urls) };
}

export function salesPointSummary(item: Listed<string>, ctx: SerializeContext): SalesPointSummaryBody {
	const urls = pageUrls(ctx);
	return { ...listingHead('sales_point', item.id, item, urls.salesPoint, urls), kind: item.kind as SalesPointSummaryBody['kind'] };
}

export function organisationSummary(item: Listed<string>, ctx: SerializeContext): OrganisationSummaryBody {
	const urls = pageUrls(ctx);
	return { ...listingHead('organisation', item.id, item, urls.organisation, urls), kind: item.kind as OrganisationSummaryBody['kind'] };
}

export function placeSummary(item: Listed<string>, ctx: SerializeContext): PlaceSummaryBody {
	const urls = pageUrls(ctx);
	return { ...listingHead('place', item.id, item, urls.place, urls), kind: item.kind as PlaceSummaryBody['kind'] };
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
