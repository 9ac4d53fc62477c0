import { foldText } from '../../text/fold';
import { nameSortKey } from '../../text/collation';
import { slugify } from '../../text/slug';
import { addOrganisations, addPlaces } from './build-organisations';
import { addSalesPoints, linkProducersToSalesPoints, type SeededProducers } from './build-sales-points';
import { BASE_DATE, DAY, SPAN as span, locator, offset, type ProducerRow, type SeedRows, type Taxonomy } from './build-shared';
import { CRAFTS } from './catalog-crafts';
import { FOOD } from './catalog-food';
import { rngFor, seedUuid } from './prng';
import type { OrganisationSeed, PlaceSeed } from './real';
import type { TerritoryIndex } from './territories';
import type { LocalizedText, ProducerSeed, ProductTemplate, SalesPointSeed } from './types';

export { BASE_DATE, END_DATE, type SeedRows, type Taxonomy } from './build-shared';

export type SeedInput = {
	producers: ProducerSeed[];
	salesPoints: SalesPointSeed[];
	organisations: OrganisationSeed[];
	places: PlaceSeed[];
};

/** "Z/S "Kalnmuižas"" → "kalnmuizas": the slug leaves out the legal form. */
export function producerSlug(name: string): string {
	return slugify(name.replace(/^(Z\/S|SIA|IK)\s+/, ''));
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

	const place = locator(index);

	// ---- producers and their products, categories and labels
	const slugs = new Set<string>();
	const producerBySlug: SeededProducers = new Map();
	const n = input.producers.length;
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

	const spBySlug = addSalesPoints(input, index, producerBySlug, rows);
	linkProducersToSalesPoints(index, producerBySlug, spBySlug, rows);
	addOrganisations(input, index, taxonomy, producerBySlug, rows);
	addPlaces(input, index, rows);
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


