/** Detail bodies (schemas.ts) of a producer, sales point, organisation and place; shared pieces in serializers.ts. */
import type { ProducerCard } from '$lib/contracts/listings/types';
import { weekIntervals, type HoursView } from '$lib/domain/hours-view';
import type { OrganisationPage } from '$lib/server/organisations/queries';
import type { PlacePage } from '$lib/server/places/queries';
import type { SalesPointPage } from '$lib/server/sales-points/queries';
import type { ProducerDetailData } from './queries';
import type { OrganisationDetailBody, PlaceDetailBody, PlaceSummaryBody, ProducerDetailBody, ProducerRefBody, SalesPointDetailBody } from './schemas';
import { asLang, listingHead, present, producerHead, serializeContacts, serializeLocation, type SerializeContext } from './serializers';
import { pageUrls, type PageUrls } from './urls';
import { lineBody, placeCommunityBody } from '$lib/server/communities/api';
import type { LineView, PlaceCommunity } from '$lib/server/communities/queries';

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

export function producerDetail(d: ProducerDetailData, ctx: SerializeContext): ProducerDetailBody {
	const urls = pageUrls(ctx);
	const { producer, products, salesPoints, labels, organisations } = d.page;
	return {
		...producerHead(d, producer, urls),
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
		...listingHead('sales_point', d.id, sp, urls.salesPoint, urls),
		...(sp.description ? { description: sp.description, description_lang: asLang(sp.descriptionLang) } : {}),
		...(sp.hoursNote ? { hours_note: sp.hoursNote, hours_note_lang: asLang(sp.hoursNoteLang) } : {}),
		...openingHoursBody(sp.hours),
		contacts: serializeContacts(sp.contacts),
		producers: d.page.producers.map((p) => producerRef(p, urls))
	};
}

export function organisationDetail(d: { id: string; page: OrganisationPage; lines: LineView[] }, ctx: SerializeContext): OrganisationDetailBody {
	const urls = pageUrls(ctx);
	const o = d.page.organisation;
	return {
		...listingHead('organisation', d.id, o, urls.organisation, urls),
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
		consultation_lines: d.lines.map((l) => lineBody(l, urls)),
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

export function placeDetail(d: { id: string; page: PlacePage; community: PlaceCommunity }, ctx: SerializeContext): PlaceDetailBody {
	const urls = pageUrls(ctx);
	const pl = d.page.place;
	const operator = pl.operator
		? { name: pl.operator.name, ...(pl.operator.slug ? { slug: pl.operator.slug, url: urls.organisation(pl.operator.slug) } : {}) }
		: null;
	return {
		...listingHead('place', d.id, pl, urls.place, urls),
		description: pl.description,
		description_lang: asLang(pl.descriptionLang),
		amenities: [...pl.amenities],
		...(operator ? { operator } : {}),
		...openingHoursBody(pl.hours),
		contacts: serializeContacts(pl.contacts),
		...placeCommunityBody(d.community, urls)
	};
}
