/** The real organisations and places of the seed (not demo rows). */
import { foldText } from '../../text/fold';
import { nameSortKey } from '../../text/collation';
import { BASE_DATE, DAY, locator, type OrganisationRow, type SeedRows, type Taxonomy } from './build-shared';
import type { SeededProducers } from './build-sales-points';
import { seedHours } from './hours';
import { seedUuid } from './prng';
import { AMENITIES, type OrganisationSeed, type PlaceSeed } from './real';
import type { TerritoryIndex } from './territories';

export function addOrganisations(input: { organisations: OrganisationSeed[] }, index: TerritoryIndex, taxonomy: Taxonomy, producerBySlug: SeededProducers, rows: SeedRows): void {
	const place = locator(index);
	const labelBySlug = new Map(taxonomy.labels.map((l) => [l.slug, l]));
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

}

export function addPlaces(input: { places: PlaceSeed[] }, index: TerritoryIndex, rows: SeedRows): void {
	const place = locator(index);
	const orgBySlug = new Map(rows.organisations.map((o) => [o.slug, o]));
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

}
