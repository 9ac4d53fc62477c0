/**
 * What the public sees of a coworking space or incubator, and of an organisation's consultation
 * lines: consented residents only, plans with prices, programmes held there, lines with "open
 * now" for the request's moment (Riga time). Shared by the pages and the API.
 */
import { hoursView, type HoursView } from '$lib/domain/hours-view';
import { localized, localizedLang } from '$lib/domain/localized';
import type { LocalizedText } from '$lib/domain/types';
import type { Db } from '../db/types';
import { formatEuro, lineStatus, telHref, type PlanPeriod } from '$lib/domain/communities';
import { listLines, territoryNames, type LineRow } from './lines-repository';
import { placeNames, programmesAt, publishedPlaceHost } from './places-lookup';
import { listPlans } from './plans-repository';
import { listResidents } from './residents-repository';

export type ResidentView = { name: string; activity: string; activityLang: string; producer: { slug: string; name: string } | null; isDemo: boolean };
export type PlanView = { name: string; nameLang: string; description: string; descriptionLang: string; priceCents: number | null; price: string | null; period: PlanPeriod };
export type TerritoryLink = { slug: string; name: string; kind: 'planning_region' | 'municipality' };
export type LineView = {
	id: string;
	title: string;
	titleLang: string;
	phone: string;
	tel: string;
	email: string | null;
	openingHours: string;
	hours: HoursView | null;
	openNow: boolean | null;
	region: { nationwide: boolean; territories: TerritoryLink[] };
	languages: string[];
	place: { slug: string; name: string } | null;
};
export type PlaceCommunity = {
	residents: ResidentView[];
	plans: PlanView[];
	programmes: { slug: string; title: string; lang: string }[];
	lines: LineView[];
	/** The visit form is offered when an organisation in the directory runs the place (its staff get the request). */
	host: { name: string } | null;
};

export async function lineViews(db: Db, rows: LineRow[], locale: string, now: Date): Promise<LineView[]> {
	const [names, placesById] = await Promise.all([
		territoryNames(db, rows.flatMap((l) => [...l.municipalityIds, ...(l.regionId ? [l.regionId] : [])])),
		placeNames(db, rows.flatMap((l) => (l.placeId ? [l.placeId] : [])))
	]);
	const territory = (id: number): TerritoryLink[] => {
		const t = names.get(id);
		return t && (t.kind === 'planning_region' || t.kind === 'municipality') ? [{ slug: t.slug, name: localized(t.name, locale), kind: t.kind }] : [];
	};
	return rows.map((l) => {
		const served = [...(l.regionId ? territory(l.regionId) : []), ...l.municipalityIds.flatMap(territory)];
		const place = l.placeId ? placesById.get(l.placeId) : undefined;
		return {
			id: l.id,
			title: localized(l.title, locale),
			titleLang: localizedLang(l.title, locale),
			phone: l.phone,
			tel: telHref(l.phone),
			email: l.email,
			openingHours: l.openingHours,
			hours: hoursView(l.openingHours, now),
			openNow: lineStatus(l.openingHours, now).openNow,
			region: { nationwide: served.length === 0, territories: served },
			languages: l.languages,
			place: place?.published ? { slug: place.slug, name: place.name } : null
		};
	});
}

/** The active lines of an organisation, for its page and the API. */
export async function organisationLines(db: Db, organisationId: string, locale: string, now: Date): Promise<LineView[]> {
	return lineViews(db, await listLines(db, { organisationId }, { activeOnly: true }), locale, now);
}

export function planView(p: { name: LocalizedText; description: LocalizedText; priceCents: number | null; period: PlanPeriod }, locale: string): PlanView {
	return {
		name: localized(p.name, locale),
		nameLang: localizedLang(p.name, locale),
		description: localized(p.description, locale),
		descriptionLang: localizedLang(p.description, locale),
		priceCents: p.priceCents,
		price: formatEuro(p.priceCents, locale),
		period: p.period
	};
}

export async function placeCommunity(db: Db, placeId: string, locale: string, now: Date): Promise<PlaceCommunity> {
	const [residents, plans, programmes, lines, host] = await Promise.all([
		listResidents(db, [placeId], { consentedOnly: true }),
		listPlans(db, [placeId]),
		programmesAt(db, placeId),
		listLines(db, { placeId }, { activeOnly: true }),
		publishedPlaceHostById(db, placeId)
	]);
	return {
		residents: residents.map((r) => ({
			// a producer resident is shown by its listing's name, linked while the listing is public
			name: r.producerId && r.producerName ? r.producerName : r.displayName,
			activity: localized(r.activity, locale),
			activityLang: localizedLang(r.activity, locale),
			producer: r.producerPublished && r.producerSlug && r.producerName ? { slug: r.producerSlug, name: r.producerName } : null,
			isDemo: r.isDemo
		})),
		plans: plans.map((p) => planView(p, locale)),
		programmes: programmes.map((p) => ({ slug: p.slug, title: localized(p.title, locale), lang: localizedLang(p.title, locale) })),
		lines: await lineViews(db, lines, locale, now),
		host
	};
}

async function publishedPlaceHostById(db: Db, placeId: string): Promise<{ name: string } | null> {
	const names = await placeNames(db, [placeId]);
	const p = names.get(placeId);
	if (!p) return null;
	const host = await publishedPlaceHost(db, p.slug);
	return host?.operatorId && host.operatorName ? { name: host.operatorName } : null;
}

/** The same, looked up by the public page's slug; null when the place is not published. */
export async function placeCommunityBySlug(db: Db, slug: string, locale: string, now: Date): Promise<PlaceCommunity | null> {
	const place = await publishedPlaceHost(db, slug);
	return place ? placeCommunity(db, place.id, locale, now) : null;
}
