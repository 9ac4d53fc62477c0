import { localized } from '$lib/domain/localized';
import type { Db } from '$lib/server/db/types';
import {
	findSuccessorOfHistorical,
	findTerritoryBySlugOfKinds,
	listChildren,
	listTerritoriesByKinds,
	type TerritoryRow
} from './territories-repository';
import { searchPort } from '$lib/server/search';
import { MUNICIPAL_KINDS } from './municipal-kinds';

/** Shared pieces of the territory flows (queries.ts). */


/** The conventional order of the planning regions in Latvian publications (not alphabetical). */
export const REGION_ORDER = ['riga', 'vidzeme', 'kurzeme', 'zemgale', 'latgale', 'moldovas-ziemelu-regions', 'moldovas-centra-regions', 'moldovas-dienvidu-regions'];

export type MunicipalitySummary = { slug: string; name: string; subkind: string | null; producers: number };
/**
 * `moldova`: a Moldovan group (a development region, or the country itself for the municipii and the
 * autonomy directly under it), listed after Latvia's. `linked`: the group has a region page.
 */
export type RegionGroup = { slug: string; name: string; moldova: boolean; linked: boolean; municipalities: MunicipalitySummary[] };

export function summarize(t: TerritoryRow, counts: Map<number, number>, locale: string): MunicipalitySummary {
	return { slug: t.slug, name: localized(t.name, locale), subkind: t.subkind, producers: counts.get(t.id) ?? 0 };
}

export function regionRank(slug: string): number {
	const i = REGION_ORDER.indexOf(slug);
	return i === -1 ? REGION_ORDER.length : i;
}

/**
 * All current municipalities grouped by planning region (Moldova's development regions last), each
 * group in Latvian order; municipal-level territories directly under a country row (Chișinău,
 * Bender, Găgăuzia — decision 014) form one more group named after the country.
 */
export async function municipalitiesByRegion(db: Db, locale: string): Promise<RegionGroup[]> {
	const [above, municipalities, counts] = await Promise.all([
		listTerritoriesByKinds(db, ['planning_region', 'country']),
		listTerritoriesByKinds(db, MUNICIPAL_KINDS),
		searchPort().producerCounts(db)
	]);
	const regions = above.filter((t) => t.kind === 'planning_region').sort((a, b) => regionRank(a.slug) - regionRank(b.slug));
	const countries = above.filter((t) => t.kind === 'country');
	const group = (t: TerritoryRow, linked: boolean): RegionGroup => ({
		slug: t.slug,
		name: localized(t.name, locale),
		moldova: t.countryCode === 'MD',
		linked,
		municipalities: municipalities.filter((mu) => mu.parentId === t.id).map((mu) => summarize(mu, counts.byMunicipality, locale))
	});
	return [...regions.map((r) => group(r, true)), ...countries.map((c) => group(c, false)).filter((g) => g.municipalities.length > 0)];
}

/** Municipalities of one region with their producer counts, in Latvian order. */
export async function municipalitiesOfRegion(db: Db, region: TerritoryRow, locale: string): Promise<{ rows: TerritoryRow[]; summaries: MunicipalitySummary[] }> {
	const rows = await listChildren(db, region.id, [...MUNICIPAL_KINDS]);
	const counts = (await searchPort().producerCounts(db)).byMunicipality;
	return { rows, summaries: rows.map((r) => summarize(r, counts, locale)) };
}

/**
 * Where a municipality slug points: the current municipality, or — for a pre-2021 novads or a merged
 * one (Varakļānu) — the slug of the current municipality it became part of, for a permanent redirect.
 */
export async function resolveMunicipalitySlug(
	db: Db,
	slug: string
): Promise<{ kind: 'current'; territory: TerritoryRow } | { kind: 'moved'; slug: string } | null> {
	const current = await findTerritoryBySlugOfKinds(db, MUNICIPAL_KINDS, slug);
	if (current) return { kind: 'current', territory: current };
	let name = slug;
	// A chain is possible when a successor was merged later; the bound protects against a cycle in the data.
	for (let hop = 0; hop < 4; hop++) {
		const next = await findSuccessorOfHistorical(db, name);
		if (!next) return null;
		if (next.kind === 'municipality') return { kind: 'moved', slug: next.slug };
		if (next.kind !== 'historical_municipality') return null;
		name = next.slug;
	}
	return null;
}
