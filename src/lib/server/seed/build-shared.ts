/** What the seed builders share: row types, the demo period, and where a seed row lies. */
import type * as schema from '../db/schema';
import type { Territory, TerritoryIndex } from './territories';

export type ProducerRow = typeof schema.producers.$inferInsert;
export type SalesPointRow = typeof schema.salesPoints.$inferInsert;
export type OrganisationRow = typeof schema.organisations.$inferInsert;

export type SeedRows = {
	producers: ProducerRow[];
	products: (typeof schema.products.$inferInsert)[];
	producerCategories: (typeof schema.producerCategories.$inferInsert)[];
	producerLabels: (typeof schema.producerLabels.$inferInsert)[];
	salesPoints: SalesPointRow[];
	producerSalesPoints: (typeof schema.producerSalesPoints.$inferInsert)[];
	organisations: OrganisationRow[];
	organisationTerritories: (typeof schema.organisationTerritories.$inferInsert)[];
	organisationProducers: (typeof schema.organisationProducers.$inferInsert)[];
	places: (typeof schema.places.$inferInsert)[];
};

export type Taxonomy = {
	categories: { id: number; slug: string; parentId: number | null }[];
	labels: { id: number; slug: string; hasValue: boolean }[];
};

/** Demo timestamps lie between these two dates, so tests can rely on them. */
export const BASE_DATE = new Date('2024-01-01T09:00:00Z');
export const END_DATE = new Date('2026-10-31T18:00:00Z');
export const DAY = 86_400_000;
/** Creation dates are spread over this span (the last 20 days are left for later edits). */
export const SPAN = END_DATE.getTime() - BASE_DATE.getTime() - 20 * DAY;

const round = (x: number, digits = 5) => Math.round(x * 10 ** digits) / 10 ** digits;

/** A point `minKm`–`maxKm` from a centre in a direction chosen by `rng`. */
export function offset(centre: { lat: number; lng: number }, rng: () => number, minKm: number, maxKm: number) {
	const km = minKm + rng() * (maxKm - minKm);
	const angle = rng() * 2 * Math.PI;
	const lat = centre.lat + (km * Math.cos(angle)) / 111.32;
	const lng = centre.lng + (km * Math.sin(angle)) / (111.32 * Math.cos((centre.lat * Math.PI) / 180));
	return { lat: round(lat), lng: round(lng) };
}

export type Located = { municipality: Territory; locality: Territory | undefined; centre: ReturnType<TerritoryIndex['centre']> };

/** The municipality, locality and centre a seed row names. */
export function locator(index: TerritoryIndex): (mun: string, loc?: string) => Located {
	return (mun, loc) => {
		const municipality = index.municipality(mun);
		const locality = loc ? index.locality(mun, loc) : undefined;
		return { municipality, locality, centre: index.centre(locality ?? municipality) };
	};
}
