/**
 * Search documents before they are written (indexer.ts): the document shape, the reference data
 * the builders share, and the fields every directory row's document has.
 *
 * Relative imports only: the seed CLI (scripts/seed.ts) ends by calling reindexAll.
 */
import { categories, searchEntityType, territories } from '../db/schema';
import type { Db } from '../db/types';
import type { StoredLocationColumns } from '../geography/public-locations';
import { publicLocation } from '../../domain/public-location';
import type { LocalizedText, LocationPrecision } from '../../domain/types';

export type EntityType = (typeof searchEntityType.enumValues)[number];

/** A document before it is written: plain values plus the texts the tsvector is built from. */
export type SearchDocInput = {
	entityType: EntityType;
	entityId: string;
	resultType: Exclude<EntityType, 'product'>;
	resultId: string;
	producerId: string | null;
	slug: string;
	externalId: string | null;
	kind: string;
	nameI18n: LocalizedText;
	sortKey: string;
	/** Other names (legal name, operator, product names in other languages). */
	altNames: string[];
	body: LocalizedText | null;
	municipalityId: number;
	municipalityIds: number[];
	regionIds: number[];
	localityId: number | null;
	point: { lat: number; lng: number } | null;
	locationPrecision: LocationPrecision;
	/** The address only when it is shown (exact precision). */
	publicAddress: string | null;
	categoryIds: number[];
	labelIds: number[];
	/** opening_hours values it is open by (a producer: those of its published sales points). */
	hours: string[];
	isDemo: boolean;
};

type TerritoryPoint = { id: number; kind: string; parentId: number | null; lat: number | null; lng: number | null };
export type Stored = StoredLocationColumns;

export type Context = {
	territories: Map<number, TerritoryPoint>;
	/** category id → its parent (for "in a top-level category" filters) */
	parents: Map<number, number | null>;
};

export async function loadContext(db: Db): Promise<Context> {
	const [terr, cats] = await Promise.all([
		db
			.select({ id: territories.id, kind: territories.kind, parentId: territories.parentId, lat: territories.lat, lng: territories.lng })
			// every country: a Moldovan listing's point and development region come from here too (decision 014)
			.from(territories),
		db.select({ id: categories.id, parentId: categories.parentId }).from(categories)
	]);
	return { territories: new Map(terr.map((t) => [t.id, t])), parents: new Map(cats.map((c) => [c.id, c.parentId])) };
}

/** Public point and locality, exactly as publicLocation() shows them. */
export function placeOf(
	row: Stored,
	ctx: Context
): Pick<SearchDocInput, 'municipalityId' | 'localityId' | 'point' | 'regionIds' | 'municipalityIds' | 'locationPrecision' | 'publicAddress'> {
	const mun = ctx.territories.get(row.municipalityId);
	const loc = row.localityId === null ? undefined : ctx.territories.get(row.localityId);
	const pub = publicLocation({
		precision: row.locationPrecision,
		address: row.address,
		lat: row.lat,
		lng: row.lng,
		locality: loc ? { name: '', slug: '', lat: loc.lat, lng: loc.lng } : null,
		municipality: { name: '', slug: '', lat: mun?.lat ?? null, lng: mun?.lng ?? null }
	});
	return {
		municipalityId: row.municipalityId,
		municipalityIds: [row.municipalityId],
		regionIds: mun?.parentId !== null && mun?.parentId !== undefined ? [mun.parentId] : [],
		localityId: row.locationPrecision === 'municipality' || !loc ? null : loc.id,
		point: pub.point,
		locationPrecision: row.locationPrecision,
		publicAddress: pub.address
	};
}

/** Categories with their parents; null (an uncategorised product) adds none. */
export function withParents(ids: Iterable<number | null>, ctx: Context): number[] {
	const out = new Set<number>();
	for (const id of ids) {
		if (id === null) continue;
		out.add(id);
		const parent = ctx.parents.get(id);
		if (parent !== null && parent !== undefined) out.add(parent);
	}
	return [...out].sort((a, b) => a - b);
}

export const texts = (t: LocalizedText | null | undefined): string[] => (t ? Object.values(t).filter((v): v is string => !!v) : []);

/** Which rows to (re)build: everything, or some ids per document kind. */
export type Scope = {
	producerIds?: readonly string[];
	salesPointIds?: readonly string[];
	organisationIds?: readonly string[];
	placeIds?: readonly string[];
	/** A registered document kind's ids (document-kinds.ts `scopeKey`). */
	readonly [scopeKey: string]: readonly string[] | undefined;
};

/** A directory row as the document builders read it. */
export type EntityRow = Stored & { id: string; slug: string; kind: string; name: string; sortKey: string; isDemo: boolean };

/** The fields shared by the documents of a producer, sales point, organisation or place. */
export function rowDoc(
	type: Exclude<EntityType, 'product'>,
	r: EntityRow,
	place: ReturnType<typeof placeOf>
): Omit<SearchDocInput, 'altNames' | 'body' | 'categoryIds' | 'labelIds' | 'hours'> {
	return {
		entityType: type,
		entityId: r.id,
		resultType: type,
		resultId: r.id,
		producerId: null,
		slug: r.slug,
		externalId: null,
		kind: r.kind,
		nameI18n: { lv: r.name },
		sortKey: r.sortKey,
		...place,
		isDemo: r.isDemo
	};
}

export function mergeText(a: LocalizedText | null, b: LocalizedText | null): LocalizedText | null {
	if (!a) return b;
	if (!b) return a;
	const out: Record<string, string> = {};
	for (const lang of new Set([...Object.keys(a), ...Object.keys(b)])) {
		out[lang] = [(a as Record<string, string | undefined>)[lang], (b as Record<string, string | undefined>)[lang]].filter(Boolean).join('\n');
	}
	return out as LocalizedText;
}
