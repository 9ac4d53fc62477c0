/**
 * Shapes of the geography reference data. The data files next to this one are plain typed
 * literals; scripts/reference/build-geography-sql.ts turns them into rows of `territories`
 * (src/lib/server/db/schema/territories.ts) and writes drizzle/0001_reference_geography.sql.
 *
 * Ids are part of the data's contract (other tables point at them), so every list here is
 * APPEND-ONLY: never reorder or delete an entry, only add at the end.
 */

/** Same shape as LocalizedText in the schema: `lv` is the source and the UI's fallback. */
export type Names = { lv: string; en?: string; ro?: string; ru?: string };

export type RegionSlug = 'riga' | 'vidzeme' | 'kurzeme' | 'zemgale' | 'latgale';

export type Country = {
	id: number;
	/** ISO 3166-1 alpha-2; also the row's country_code. */
	code: 'LV' | 'MD';
	name: Names;
	lat: number;
	lng: number;
};

export type PlanningRegion = {
	id: number;
	slug: RegionSlug;
	name: Names;
	/** A sensible centre for maps, not an administrative seat. */
	lat: number;
	lng: number;
};

/** A current Latvian local government (2025): a state city or a novads. */
export type Municipality = {
	id: number;
	/** ISO 3166-2:LV. */
	code: string;
	subkind: 'valstspilsēta' | 'novads';
	region: RegionSlug;
	name: Names;
	/** Coordinates of the administrative centre, as in shared/data/lv-municipalities.csv. */
	lat: number;
	lng: number;
};

export type LocalityKind = 'town' | 'parish' | 'village';

export type Locality = { kind: LocalityKind; name: string; lat: number; lng: number };

/**
 * The towns (pilsētas), parishes (pagasti) and selected villages (ciemi) of one current
 * municipality. A locality's parent is always the current municipality, whatever novads it
 * belonged to before 2021.
 *
 * Ids: 2000 + 50 × (municipality id − 100) + position in `localities`, so each municipality
 * owns a block of 50 ids. Append new localities at the end of their group.
 */
export type LocalityGroup = { municipality: string; localities: Locality[] };

/** A town (pilsēta). Coordinates are approximate centres (WGS84). */
export const T = (name: string, lat: number, lng: number): Locality => ({ kind: 'town', name, lat, lng });
/** A parish (pagasts). Coordinates are approximate: the parish centre or the middle of the parish. */
export const P = (name: string, lat: number, lng: number): Locality => ({ kind: 'parish', name, lat, lng });
/** A village (ciems). Coordinates are approximate centres. */
export const V = (name: string, lat: number, lng: number): Locality => ({ kind: 'village', name, lat, lng });

/**
 * A pre-2021 novads (or Varakļānu novads, 2021–2025). Ids: 1000 + position in the list.
 * `successor` is the lv name of the current municipality the name resolves to.
 */
export type HistoricalMunicipality = {
	name: string;
	successor: string;
	/** Administrative centre of the former novads (approximate). */
	lat: number;
	lng: number;
	/** ISO 3166-2:LV where it is not used by a current municipality (only Varakļāni, LV-102). */
	code?: string;
};

export type MoldovaUnitKind = 'md_district' | 'md_municipality' | 'md_autonomy';

/** A first-level unit of Moldova. Ids: 500 + position in the list. */
export type MoldovaUnit = {
	kind: MoldovaUnitKind;
	/** ISO 3166-2:MD. */
	code: string;
	name: Names;
	/** Approximate centre: the district seat. */
	lat: number;
	lng: number;
};
