/** Sales points of the seed, and which producers sell at them. */
import { foldText } from '../../text/fold';
import { nameSortKey } from '../../text/collation';
import { offset, SPAN as span, BASE_DATE, locator, type ProducerRow, type SalesPointRow, type SeedRows } from './build-shared';
import { seedHours, weekdaysOf } from './hours';
import { NOTE } from './notes';
import { rngFor, seedUuid } from './prng';
import type { Territory, TerritoryIndex } from './territories';
import type { LocalizedText, Precision, ProducerSeed, SalesPointSeed } from './types';

export type SeededProducers = Map<string, { seed: ProducerSeed; row: ProducerRow; municipality: Territory }>;
type SeededSalesPoints = Map<string, { seed: SalesPointSeed; row: SalesPointRow; region?: Territory }>;

export function addSalesPoints(input: { salesPoints: SalesPointSeed[] }, index: TerritoryIndex, producerBySlug: SeededProducers, rows: SeedRows): SeededSalesPoints {
	const place = locator(index);
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

	return spBySlug;
}

export function linkProducersToSalesPoints(index: TerritoryIndex, producerBySlug: SeededProducers, spBySlug: SeededSalesPoints, rows: SeedRows): void {
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

}
