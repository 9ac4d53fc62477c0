import type {
	organisationProducers,
	organisationTerritories,
	organisations,
	places,
	producerCategories,
	producerLabels,
	producerSalesPoints,
	producers,
	products,
	salesPoints
} from '../db/schema';
import { foldText } from '../../text/fold';
import { nameSortKey } from '../../text/collation';
import { slugify } from '../../text/slug';
import { CRAFTS } from './catalog-crafts';
import { FOOD } from './catalog-food';
import { seedHours, weekdaysOf } from './hours';
import { NOTE } from './notes';
import { rngFor, seedUuid } from './prng';
import { AMENITIES, type OrganisationSeed, type PlaceSeed } from './real';
import type { Territory, TerritoryIndex } from './territories';
import type { LocalizedText, Precision, ProducerSeed, ProductTemplate, SalesPointSeed } from './types';

type ProducerRow = typeof producers.$inferInsert;
type ProductRow = typeof products.$inferInsert;
type SalesPointRow = typeof salesPoints.$inferInsert;
type OrganisationRow = typeof organisations.$inferInsert;
type PlaceRow = typeof places.$inferInsert;

export type SeedRows = {
	producers: ProducerRow[];
	products: ProductRow[];
	producerCategories: (typeof producerCategories.$inferInsert)[];
	producerLabels: (typeof producerLabels.$inferInsert)[];
	salesPoints: SalesPointRow[];
	producerSalesPoints: (typeof producerSalesPoints.$inferInsert)[];
	organisations: OrganisationRow[];
	organisationTerritories: (typeof organisationTerritories.$inferInsert)[];
	organisationProducers: (typeof organisationProducers.$inferInsert)[];
	places: PlaceRow[];
};

export type SeedInput = {
	producers: ProducerSeed[];
	salesPoints: SalesPointSeed[];
	organisations: OrganisationSeed[];
	places: PlaceSeed[];
};

export type Taxonomy = {
	categories: { id: number; slug: string; parentId: number | null }[];
	labels: { id: number; slug: string; hasValue: boolean }[];
};

/** Demo timestamps lie between these two dates, so tests can rely on them. */
export const BASE_DATE = new Date('2024-01-01T09:00:00Z');
export const END_DATE = new Date('2026-10-31T18:00:00Z');
const DAY = 86_400_000;

/** "Z/S "Kalnmuižas"" → "kalnmuizas": the slug leaves out the legal form. */
export function producerSlug(name: string): string {
	return slugify(name.replace(/^(Z\/S|SIA|IK)\s+/, ''));
}

const round = (x: number, digits = 5) => Math.round(x * 10 ** digits) / 10 ** digits;

/** A point `minKm`–`maxKm` from a centre in a direction chosen by `rng`. */
function offset(centre: { lat: number; lng: number }, rng: () => number, minKm: number, maxKm: number) {
	const km = minKm + rng() * (maxKm - minKm);
	const angle = rng() * 2 * Math.PI;
	const lat = centre.lat + (km * Math.cos(angle)) / 111.32;
	const lng = centre.lng + (km * Math.sin(angle)) / (111.32 * Math.cos((centre.lat * Math.PI) / 180));
	return { lat: round(lat), lng: round(lng) };
}

/** A price varied ±15 % and rounded like a market price (10 cents, or 50 cents from 10 €). */
function varyPrice(cents: number, rng: () => number): number {
	const raw = cents * (0.85 + rng() * 0.3);
	const step = raw >= 1000 ? 50 : 10;
	return Math.max(step, Math.round(raw / step) * step);
}

function resolveProduct(ref: string | ProductTemplate, producer: string): { template: ProductTemplate; price?: number | null } {
	if (typeof ref !== 'string') return { template: ref };
	const [key, priceSpec] = ref.split(':');
	const template = FOOD[key] ?? CRAFTS[key];
	if (!template) throw new Error(`Unknown catalogue product "${key}" (producer "${producer}")`);
	if (priceSpec === undefined) return { template };
	if (priceSpec === '-') return { template, price: null };
	const price = Number(priceSpec);
	if (!Number.isInteger(price) || price <= 0) throw new Error(`Bad price "${priceSpec}" for "${key}" (producer "${producer}")`);
	return { template, price };
}

/** Turns the seed data into rows for every table. Pure: throws on any unknown name or slug. */
export function buildRows(input: SeedInput, index: TerritoryIndex, taxonomy: Taxonomy): SeedRows {
	const categoryBySlug = new Map(taxonomy.categories.map((c) => [c.slug, c]));
	const labelBySlug = new Map(taxonomy.labels.map((l) => [l.slug, l]));
	const rows: SeedRows = {
		producers: [],
		products: [],
		producerCategories: [],
		producerLabels: [],
		salesPoints: [],
		producerSalesPoints: [],
		organisations: [],
		organisationTerritories: [],
		organisationProducers: [],
		places: []
	};

	const place = (mun: string, loc?: string) => {
		const municipality = index.municipality(mun);
		const locality = loc ? index.locality(mun, loc) : undefined;
		return { municipality, locality, centre: index.centre(locality ?? municipality) };
	};

	// ---- producers and their products, categories and labels
	const slugs = new Set<string>();
	const producerBySlug = new Map<string, { seed: ProducerSeed; row: ProducerRow; municipality: Territory }>();
	const n = input.producers.length;
	const span = END_DATE.getTime() - BASE_DATE.getTime() - 20 * DAY;
	input.producers.forEach((p, i) => {
		const slug = p.slug ?? producerSlug(p.name);
		if (slugs.has(slug)) throw new Error(`Duplicate producer slug "${slug}" (${p.name})`);
		slugs.add(slug);
		const rng = rngFor(`producer:${slug}`);
		const { municipality, locality, centre } = place(p.mun, p.loc);
		if (!centre) throw new Error(`No coordinates for "${p.loc ?? p.mun}" (producer "${p.name}")`);
		// town businesses sit near the centre; farms and homes a few km out
		const inTown = locality?.kind === 'town';
		const point = offset(centre, rng, inTown ? 0.2 : 1.5, inTown ? 1.2 : 5);
		// spread creation over the whole period in a shuffled but fixed order (97 is coprime with n)
		const position = (i * 97) % n;
		const createdAt = new Date(BASE_DATE.getTime() + Math.floor((position / n) * span + rng() * 3 * DAY));
		const status = p.status ?? 'published';
		const publishedAt = status === 'published' ? new Date(createdAt.getTime() + Math.floor((1 + rng() * 9) * DAY)) : null;
		const personal = p.kind === 'home_producer' || p.kind === 'craftsman';
		const row: ProducerRow = {
			id: seedUuid(`producer:${slug}`),
			slug,
			name: p.name,
			kind: p.kind,
			description: { lv: p.lv, ...(p.en && { en: p.en }), ...(p.ro && { ro: p.ro }), ...(p.ru && { ru: p.ru }) },
			municipalityId: municipality.id,
			localityId: locality?.id ?? null,
			address: p.addr ?? null,
			postalCode: p.post ?? null,
			lat: point.lat,
			lng: point.lng,
			locationPrecision: p.prec,
			phone: `+371 2000 0${String(i + 1).padStart(3, '0')}`,
			email: personal ? `${slug}@example.com` : `${slug}@example.lv`,
			website: p.web ? `https://example.lv/${slug}` : null,
			facebook: p.fb ? `https://facebook.com/example-${slug}` : null,
			instagram: p.ig ? `https://instagram.com/example_${slug.replace(/-/g, '_')}` : null,
			foundedYear: p.year ?? null,
			status,
			isDemo: true,
			externalId: null,
			sortKey: nameSortKey(p.name),
			searchText: foldText(p.name),
			publishedAt,
			createdAt,
			updatedAt: publishedAt ?? createdAt
		};
		rows.producers.push(row);
		producerBySlug.set(slug, { seed: p, row, municipality });

		if (p.products.length === 0) throw new Error(`Producer "${p.name}" has no products`);
		const categoryIds = new Set<number>();
		p.products.forEach((ref, j) => {
			const { template, price } = resolveProduct(ref, p.name);
			const category = categoryBySlug.get(template.cat);
			if (!category) throw new Error(`Unknown category "${template.cat}" (product "${template.lv}")`);
			if (category.parentId === null) throw new Error(`Category "${template.cat}" is not a leaf (product "${template.lv}")`);
			const prng = rngFor(`product:${slug}:${j}`);
			let priceCents: number | null;
			if (p.noPrices) priceCents = null;
			else if (price !== undefined) priceCents = price;
			else if (template.price === undefined || prng() < 0.14) priceCents = null;
			else priceCents = varyPrice(template.price, prng);
			categoryIds.add(category.id);
			const name: LocalizedText = { lv: template.lv, ...(template.en && { en: template.en }) };
			rows.products.push({
				id: seedUuid(`product:${slug}:${j}`),
				producerId: row.id!,
				name,
				description: template.desc ?? null,
				categoryId: category.id,
				priceCents,
				unit: template.unit ?? null,
				unitAmount: template.amount === undefined ? null : String(template.amount),
				seasonFrom: template.season?.[0] ?? null,
				seasonTo: template.season?.[1] ?? null,
				sortOrder: (j + 1) * 10,
				searchText: foldText(Object.values(name).join(' ')),
				createdAt,
				updatedAt: createdAt
			});
		});
		for (const categoryId of categoryIds) rows.producerCategories.push({ producerId: row.id!, categoryId });

		for (const spec of p.labels ?? []) {
			const [labelSlug, given] = spec.split(/=(.*)/s);
			const label = labelBySlug.get(labelSlug);
			if (!label) throw new Error(`Unknown label "${labelSlug}" (producer "${p.name}")`);
			let value: string | null = given ?? null;
			if (!label.hasValue && value !== null) throw new Error(`Label "${labelSlug}" takes no value (producer "${p.name}")`);
			if (label.hasValue && value === null) value = labelValue(labelSlug, slug, p.name);
			rows.producerLabels.push({ producerId: row.id!, labelId: label.id, value });
		}
	});

	// ---- sales points
	const spBySlug = new Map<string, { seed: SalesPointSeed; row: SalesPointRow; region?: Territory }>();
	input.salesPoints.forEach((s, i) => {
		if (spBySlug.has(s.slug)) throw new Error(`Duplicate sales point slug "${s.slug}"`);
		const demo = s.demo ?? true;
		const rng = rngFor(`sales-point:${s.slug}`);
		const { municipality, locality, centre } = place(s.mun, s.loc);
		let location: Pick<SalesPointRow, 'municipalityId' | 'localityId' | 'address' | 'postalCode' | 'lat' | 'lng' | 'locationPrecision'>;
		let phone: string | null = demo && s.kind !== 'market' && s.kind !== 'fair' ? `+371 2000 09${String(i).padStart(2, '0')}` : null;
		if (s.kind === 'farm_gate') {
			const farm = s.farm && producerBySlug.get(s.farm);
			if (!farm) throw new Error(`Farm gate "${s.slug}" names unknown farm "${s.farm}"`);
			if (farm.row.municipalityId !== municipality.id) throw new Error(`Farm gate "${s.slug}" is not in its farm's municipality`);
			const r = farm.row;
			location = { municipalityId: r.municipalityId, localityId: r.localityId, address: r.address, postalCode: r.postalCode, lat: r.lat, lng: r.lng, locationPrecision: r.locationPrecision };
			phone = r.phone ?? null;
		} else if (s.kind === 'e_shop') {
			const seller = s.seller ? producerBySlug.get(s.seller) : undefined;
			if (s.seller && !seller) throw new Error(`E-shop "${s.slug}" names unknown seller "${s.seller}"`);
			location = { municipalityId: seller?.row.municipalityId ?? municipality.id, localityId: null, address: null, postalCode: null, lat: null, lng: null, locationPrecision: 'municipality' };
		} else {
			const point = centre && s.addr ? offset(centre, rng, 0.1, 0.8) : undefined;
			const precision: Precision = s.addr && demo ? 'exact' : locality ? 'locality' : 'municipality';
			location = { municipalityId: municipality.id, localityId: locality?.id ?? null, address: s.addr ?? null, postalCode: s.post ?? null, lat: demo ? (point?.lat ?? null) : null, lng: demo ? (point?.lng ?? null) : null, locationPrecision: precision };
		}
		const createdAt = new Date(BASE_DATE.getTime() + Math.floor(((i * 37) % input.salesPoints.length) / input.salesPoints.length * span));
		const row: SalesPointRow = {
			id: seedUuid(`sales-point:${s.slug}`),
			slug: s.slug,
			name: s.name,
			kind: s.kind,
			description: s.desc ?? null,
			...location,
			phone: demo ? phone : null,
			email: demo && s.kind !== 'market' && s.kind !== 'fair' ? `${s.slug}@example.lv` : null,
			website: demo && s.kind === 'e_shop' ? `https://example.lv/${s.slug}` : null,
			facebook: demo && s.fb ? `https://facebook.com/example-${s.slug}` : null,
			instagram: null,
			openingHours: seedHours(s.hours),
			hoursNote: s.note ?? null,
			status: s.status ?? 'published',
			isDemo: demo,
			sortKey: nameSortKey(s.name),
			searchText: foldText(s.name),
			createdAt,
			updatedAt: createdAt
		};
		rows.salesPoints.push(row);
		spBySlug.set(s.slug, { seed: s, row, region: index.regionOf(index.get(row.municipalityId)!) });
	});

	// ---- producer ↔ sales point links: explicit ones, or 1–2 nearby markets and shops
	const autoKinds = new Set(['market', 'shop', 'producers_shop', 'fair']);
	for (const [slug, { seed, row, municipality }] of producerBySlug) {
		const links = new Map<string, LocalizedText | null>();
		for (const ref of seed.sp ?? []) {
			const [spSlug, note] = typeof ref === 'string' ? [ref, null] : ref;
			if (!spBySlug.has(spSlug)) throw new Error(`Producer "${seed.name}" names unknown sales point "${spSlug}"`);
			links.set(spSlug, note);
		}
		if (links.size > 3) throw new Error(`Producer "${seed.name}" has more than 3 sales points`);
		if (links.size === 0 && row.status === 'published') {
			const region = index.regionOf(municipality);
			const usable = [...spBySlug.values()].filter((s) => s.row.status === 'published' && autoKinds.has(s.row.kind));
			const near = usable.filter((s) => s.row.municipalityId === municipality.id);
			const pool = (near.length ? near : usable.filter((s) => s.region && s.region.id === region?.id)).sort((a, b) => a.row.slug.localeCompare(b.row.slug));
			const rng = rngFor(`links:${slug}`);
			const want = Math.min(pool.length, 1 + Math.floor(rng() * 2));
			for (let k = 0; k < want; k++) {
				const pick = pool.splice(Math.floor(rng() * pool.length), 1)[0];
				const multiDay = weekdaysOf(pick.row.openingHours ?? '').size > 1;
				links.set(pick.row.slug, pick.row.kind === 'market' && multiDay && rng() < 0.5 ? NOTE.sat : null);
			}
		}
		for (const [spSlug, note] of links) rows.producerSalesPoints.push({ producerId: row.id!, salesPointId: spBySlug.get(spSlug)!.row.id!, note });
	}

	// ---- real organisations, their territories and the demo producers they support
	const regions = index.regions();
	input.organisations.forEach((o, i) => {
		const { municipality, locality } = place(o.mun, o.loc);
		const createdAt = new Date(BASE_DATE.getTime() + i * DAY);
		const row: OrganisationRow = {
			id: seedUuid(`organisation:${o.slug}`),
			slug: o.slug,
			name: o.name,
			legalName: o.legalName ?? null,
			kind: o.kind,
			description: o.description,
			municipalityId: municipality.id,
			localityId: locality?.id ?? null,
			address: o.addr ?? null,
			postalCode: null,
			lat: null,
			lng: null,
			locationPrecision: o.prec,
			phone: null,
			email: null,
			website: o.website ?? null,
			facebook: o.facebook ?? null,
			instagram: null,
			registrationNumber: null,
			officeHours: seedHours(o.officeHours),
			status: 'published',
			isDemo: false,
			sortKey: nameSortKey(o.name),
			searchText: foldText([o.name, o.legalName].filter(Boolean).join(' ')),
			createdAt,
			updatedAt: createdAt
		};
		rows.organisations.push(row);
		const territoryIds = o.territories === 'all-regions' ? regions.map((r) => r.id) : o.territories.map((name) => index.municipality(name).id);
		for (const territoryId of new Set(territoryIds)) rows.organisationTerritories.push({ organisationId: row.id!, territoryId });
		if (o.supports) {
			const munIds = new Set((o.supports.municipalities ?? []).map((name) => index.municipality(name).id));
			const label = o.supports.label ? labelBySlug.get(o.supports.label) : undefined;
			if (o.supports.label && !label) throw new Error(`Unknown label "${o.supports.label}" (organisation "${o.name}")`);
			const labelled = new Set(rows.producerLabels.filter((l) => l.labelId === label?.id).map((l) => l.producerId));
			for (const { row: p } of producerBySlug.values()) {
				if (munIds.has(p.municipalityId) || labelled.has(p.id!)) rows.organisationProducers.push({ organisationId: row.id!, producerId: p.id! });
			}
		}
	});
	const orgBySlug = new Map(rows.organisations.map((o) => [o.slug, o]));

	// ---- real places
	input.places.forEach((pl, i) => {
		const { municipality, locality } = place(pl.mun, pl.loc);
		for (const a of pl.amenities) if (!(AMENITIES as readonly string[]).includes(a)) throw new Error(`Unknown amenity "${a}" (place "${pl.name}")`);
		const operator = pl.operator ? orgBySlug.get(pl.operator) : undefined;
		if (pl.operator && !operator) throw new Error(`Place "${pl.name}" names unknown operator "${pl.operator}"`);
		const createdAt = new Date(BASE_DATE.getTime() + (10 + i) * DAY);
		rows.places.push({
			id: seedUuid(`place:${pl.slug}`),
			slug: pl.slug,
			name: pl.name,
			kind: pl.kind,
			description: pl.description,
			municipalityId: municipality.id,
			localityId: locality?.id ?? null,
			address: pl.addr ?? null,
			postalCode: null,
			lat: null,
			lng: null,
			locationPrecision: pl.prec,
			phone: null,
			email: null,
			website: null,
			facebook: null,
			instagram: null,
			amenities: pl.amenities,
			operatorId: operator?.id ?? null,
			operatorName: null,
			openingHours: '',
			status: 'published',
			isDemo: false,
			sortKey: nameSortKey(pl.name),
			searchText: foldText(pl.name),
			createdAt,
			updatedAt: createdAt
		});
	});

	return rows;
}

/** A plausible, fictional value for a label that carries one. */
function labelValue(labelSlug: string, producerSlug: string, producerName: string): string {
	const digits = () => String(Math.floor(rngFor(`label:${labelSlug}:${producerSlug}`)() * 100_000)).padStart(5, '0');
	switch (labelSlug) {
		case 'pvd':
		case 'pvd-atzits':
			return `PVD 0${digits()}`;
		case 'majrazotaju-biedribas-biedrs':
			return 'Latvijas Mājražotāju un Mazo ražotāju Informācijas un Atbalsta Biedrība';
		default:
			throw new Error(`Label "${labelSlug}" needs an explicit value (producer "${producerName}")`);
	}
}
