/**
 * Builds drizzle/0001_reference_geography.sql from the data in ./geography-data.ts.
 *
 *   npx tsx scripts/reference/build-geography-sql.ts          (or: npm run db:reference)
 *   npx tsx scripts/reference/build-geography-sql.ts --check  (exit 1 if the file is stale)
 *
 * The output is plain INSERTs into "territories", parents before children, at most 200 rows per
 * statement, statements separated by drizzle's `--> statement-breakpoint` (PGlite runs one
 * statement at a time). sort_key and search_name are computed here with the app's own helpers so
 * SQL never has to know Latvian collation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { latvianSortKey } from '../../src/lib/text/collation';
import { foldText } from '../../src/lib/text/fold';
import { slugify } from '../../src/lib/text/slug';
import { countByKind, renderGeographySql } from './geography-sql-render';
import {
	countries,
	historicalMunicipalities,
	localityGroups,
	moldovaUnits,
	municipalities,
	planningRegions,
	type Names
} from './geography-data';

export type TerritoryKind =
	| 'country'
	| 'planning_region'
	| 'municipality'
	| 'town'
	| 'parish'
	| 'village'
	| 'historical_municipality'
	| 'md_district'
	| 'md_municipality'
	| 'md_autonomy';

/** One row of "territories", camel-cased like the Drizzle schema. */
export type TerritoryRow = {
	id: number;
	kind: TerritoryKind;
	countryCode: 'LV' | 'MD';
	code: string | null;
	slug: string;
	name: Names;
	subkind: string | null;
	parentId: number | null;
	successorId: number | null;
	lat: number | null;
	lng: number | null;
	sortKey: string;
	searchName: string;
};

export const OUTPUT_PATH = fileURLToPath(new URL('../../drizzle/0001_reference_geography.sql', import.meta.url));

const HISTORICAL_BASE_ID = 1000;
const LOCALITY_BASE_ID = 2000;
const LOCALITY_BLOCK = 50;
const MOLDOVA_BASE_ID = 500;

const LOCALITY_KINDS: readonly TerritoryKind[] = ['town', 'parish', 'village'];
const MOLDOVA_KINDS: readonly TerritoryKind[] = ['md_district', 'md_municipality', 'md_autonomy'];

type RowInput = Omit<TerritoryRow, 'slug' | 'sortKey' | 'searchName' | 'code' | 'subkind' | 'successorId'> &
	Partial<Pick<TerritoryRow, 'slug' | 'code' | 'subkind' | 'successorId'>>;

function row(input: RowInput): TerritoryRow {
	return {
		id: input.id,
		kind: input.kind,
		countryCode: input.countryCode,
		code: input.code ?? null,
		slug: input.slug ?? slugify(input.name.lv),
		name: input.name,
		subkind: input.subkind ?? null,
		parentId: input.parentId,
		successorId: input.successorId ?? null,
		lat: input.lat,
		lng: input.lng,
		sortKey: latvianSortKey(input.name.lv),
		searchName: foldText(input.name.lv)
	};
}

/** Id of a locality: each municipality owns a block of 50 ids from 2000, in the order of its list. */
export function localityId(municipalityId: number, position: number): number {
	return LOCALITY_BASE_ID + LOCALITY_BLOCK * (municipalityId - 100) + position;
}

/** All rows, in insert order: every parent and successor comes before the rows that point at it. */
export function buildTerritoryRows(): TerritoryRow[] {
	const latvia = countries.find((c) => c.code === 'LV');
	const moldova = countries.find((c) => c.code === 'MD');
	if (!latvia || !moldova) throw new Error('countries must include LV and MD');

	const regionId = new Map(planningRegions.map((r) => [r.slug, r.id]));
	const municipalityByName = new Map(municipalities.map((m) => [m.name.lv, m]));
	const municipalityIdOf = (name: string, context: string): number => {
		const found = municipalityByName.get(name);
		if (!found) throw new Error(`${context}: no current municipality named "${name}"`);
		return found.id;
	};

	const rows: TerritoryRow[] = [];

	for (const c of countries) {
		rows.push(row({ id: c.id, kind: 'country', countryCode: c.code, code: c.code, name: c.name, parentId: null, lat: c.lat, lng: c.lng }));
	}
	for (const r of planningRegions) {
		rows.push(row({ id: r.id, kind: 'planning_region', countryCode: 'LV', slug: r.slug, name: r.name, parentId: latvia.id, lat: r.lat, lng: r.lng }));
	}
	for (const m of municipalities) {
		const parentId = regionId.get(m.region);
		if (parentId === undefined) throw new Error(`${m.name.lv}: unknown planning region "${m.region}"`);
		rows.push(row({ id: m.id, kind: 'municipality', countryCode: 'LV', code: m.code, subkind: m.subkind, name: m.name, parentId, lat: m.lat, lng: m.lng }));
	}
	historicalMunicipalities.forEach((h, i) => {
		rows.push(
			row({
				id: HISTORICAL_BASE_ID + i,
				kind: 'historical_municipality',
				countryCode: 'LV',
				code: h.code,
				name: { lv: h.name },
				parentId: null,
				successorId: municipalityIdOf(h.successor, `historical "${h.name}"`),
				lat: h.lat,
				lng: h.lng
			})
		);
	});
	const localities: TerritoryRow[] = [];
	for (const group of localityGroups) {
		const municipalityId = municipalityIdOf(group.municipality, 'locality group');
		if (group.localities.length > LOCALITY_BLOCK) {
			throw new Error(`${group.municipality}: more than ${LOCALITY_BLOCK} localities overflow its id block`);
		}
		group.localities.forEach((l, position) => {
			localities.push(
				row({
					id: localityId(municipalityId, position),
					kind: l.kind,
					countryCode: 'LV',
					name: { lv: l.name },
					parentId: municipalityId,
					lat: l.lat,
					lng: l.lng
				})
			);
		});
	}
	rows.push(...localities.sort((a, b) => a.id - b.id));
	moldovaUnits.forEach((u, i) => {
		rows.push(row({ id: MOLDOVA_BASE_ID + i, kind: u.kind, countryCode: 'MD', code: u.code, name: u.name, parentId: moldova.id, lat: u.lat, lng: u.lng }));
	});
	return rows;
}

const BOUNDS = {
	LV: { lat: [55.6, 58.1], lng: [20.9, 28.3] },
	MD: { lat: [45.4, 48.5], lng: [26.6, 30.2] }
} as const;

/** Returns every problem found (empty when the data is consistent). */
export function findProblems(rows: readonly TerritoryRow[]): string[] {
	const problems: string[] = [];
	const byId = new Map<number, TerritoryRow>();
	const seenBefore = new Set<number>();
	const codes = new Set<string>();
	const kindParentSlug = new Set<string>();
	const label = (r: TerritoryRow) => `#${r.id} ${r.kind} "${r.name.lv}"`;

	for (const r of rows) {
		if (byId.has(r.id)) problems.push(`duplicate id: ${label(r)} and ${label(byId.get(r.id)!)}`);
		byId.set(r.id, r);
	}
	for (const r of rows) {
		if (r.code !== null) {
			if (codes.has(r.code)) problems.push(`duplicate code ${r.code}: ${label(r)}`);
			codes.add(r.code);
		}
		const key = `${r.kind}|${r.parentId}|${r.slug}`;
		if (kindParentSlug.has(key)) problems.push(`duplicate (kind, parent, slug): ${label(r)} slug "${r.slug}"`);
		kindParentSlug.add(key);
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.slug)) problems.push(`bad slug "${r.slug}": ${label(r)}`);
		if (!r.name.lv.trim()) problems.push(`empty lv name: #${r.id}`);
		if (!r.sortKey || !r.searchName) problems.push(`empty sort key or search name: ${label(r)}`);

		for (const [field, ref] of [
			['parent', r.parentId],
			['successor', r.successorId]
		] as const) {
			if (ref === null) continue;
			if (!byId.has(ref)) problems.push(`${label(r)}: ${field} #${ref} does not exist`);
			else if (!seenBefore.has(ref)) problems.push(`${label(r)}: ${field} #${ref} is inserted after it`);
		}
		seenBefore.add(r.id);

		const parent = r.parentId === null ? undefined : byId.get(r.parentId);
		const expectParent = (kinds: readonly TerritoryKind[]) => {
			if (!parent || !kinds.includes(parent.kind)) problems.push(`${label(r)}: parent must be one of ${kinds.join(', ')}`);
		};
		if (r.kind === 'country' || r.kind === 'historical_municipality') {
			if (r.parentId !== null) problems.push(`${label(r)}: must have no parent`);
		} else if (r.kind === 'planning_region' || MOLDOVA_KINDS.includes(r.kind)) expectParent(['country']);
		else if (r.kind === 'municipality') expectParent(['planning_region']);
		else if (LOCALITY_KINDS.includes(r.kind)) expectParent(['municipality']);

		if (r.kind === 'historical_municipality') {
			const successor = r.successorId === null ? undefined : byId.get(r.successorId);
			if (successor?.kind !== 'municipality') problems.push(`${label(r)}: successor must be a current municipality`);
		} else if (r.successorId !== null) problems.push(`${label(r)}: only historical municipalities have a successor`);

		if (r.kind === 'municipality' ? r.subkind !== 'valstspilsēta' && r.subkind !== 'novads' : r.subkind !== null) {
			problems.push(`${label(r)}: unexpected subkind ${r.subkind}`);
		}
		if (r.kind === 'parish' && !r.name.lv.endsWith(' pagasts')) problems.push(`${label(r)}: a parish name ends in "pagasts"`);
		if ((r.kind === 'town' || r.kind === 'village') && / (pagasts|novads)$/.test(r.name.lv)) {
			problems.push(`${label(r)}: a town or village is named like a parish or novads`);
		}
		if (r.countryCode !== (MOLDOVA_KINDS.includes(r.kind) || r.id === 2 ? 'MD' : 'LV')) {
			problems.push(`${label(r)}: wrong country_code ${r.countryCode}`);
		}
		const bounds = BOUNDS[r.countryCode];
		if (r.lat === null || r.lng === null) problems.push(`${label(r)}: missing coordinates`);
		else if (r.lat < bounds.lat[0] || r.lat > bounds.lat[1] || r.lng < bounds.lng[0] || r.lng > bounds.lng[1]) {
			problems.push(`${label(r)}: coordinates ${r.lat}, ${r.lng} fall outside ${r.countryCode}`);
		}
	}

	const count = (kind: TerritoryKind) => rows.filter((r) => r.kind === kind).length;
	if (count('country') !== 2) problems.push(`expected 2 countries, found ${count('country')}`);
	if (count('planning_region') !== 5) problems.push(`expected 5 planning regions, found ${count('planning_region')}`);
	if (count('municipality') !== 42) problems.push(`expected 42 current municipalities, found ${count('municipality')}`);
	const moldova = rows.filter((r) => MOLDOVA_KINDS.includes(r.kind)).length;
	if (moldova !== 36) problems.push(`expected 36 Moldovan units, found ${moldova}`);

	for (const m of rows.filter((r) => r.kind === 'municipality')) {
		if (!rows.some((r) => LOCALITY_KINDS.includes(r.kind) && r.parentId === m.id)) {
			problems.push(`municipality "${m.name.lv}" has no localities`);
		}
	}
	const grouped = localityGroups.map((g) => g.municipality);
	for (const name of new Set(grouped.filter((n, i) => grouped.indexOf(n) !== i))) {
		problems.push(`municipality "${name}" has more than one locality group`);
	}
	return problems;
}

export function validateTerritoryRows(rows: readonly TerritoryRow[]): void {
	const problems = findProblems(rows);
	if (problems.length) throw new Error(`geography data is inconsistent:\n- ${problems.join('\n- ')}`);
}

export { countByKind, renderGeographySql };


/** The migration text for the current data (validated). */
export function generateGeographySql(): string {
	const rows = buildTerritoryRows();
	validateTerritoryRows(rows);
	return renderGeographySql(rows);
}

function main(argv: readonly string[]): void {
	const rows = buildTerritoryRows();
	validateTerritoryRows(rows);
	const sql = renderGeographySql(rows);
	const current = (() => {
		try {
			return readFileSync(OUTPUT_PATH, 'utf8');
		} catch {
			return undefined;
		}
	})();
	if (argv.includes('--check')) {
		if (current !== sql) {
			console.error(`${OUTPUT_PATH} is out of date: run npm run db:reference`);
			process.exit(1);
		}
		console.log(`${OUTPUT_PATH} is up to date (${rows.length} rows)`);
		return;
	}
	if (current !== sql) writeFileSync(OUTPUT_PATH, sql);
	console.log(`${current === sql ? 'unchanged' : 'wrote'} ${OUTPUT_PATH}: ${rows.length} rows`);
	console.table(countByKind(rows));
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(resolve(invokedPath)).href) main(process.argv.slice(2));
