import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	OUTPUT_PATH,
	buildTerritoryRows,
	findProblems,
	generateGeographySql,
	type TerritoryKind,
	type TerritoryRow
} from './build-geography-sql';

const rows = buildTerritoryRows();
const byId = new Map(rows.map((r) => [r.id, r]));
const ofKind = (...kinds: TerritoryKind[]) => rows.filter((r) => kinds.includes(r.kind));
const named = (kind: TerritoryKind, lv: string): TerritoryRow => {
	const found = rows.filter((r) => r.kind === kind && r.name.lv === lv);
	expect(found, `${kind} "${lv}"`).toHaveLength(1);
	return found[0];
};
const parentName = (r: TerritoryRow) => (r.parentId === null ? null : byId.get(r.parentId)?.name.lv);

describe('geography reference data', () => {
	it('is internally consistent (ids, codes, slugs, parents, successors, coordinates)', () => {
		expect(findProblems(rows)).toEqual([]);
	});

	it('has 2 countries, 5 planning regions and 42 current municipalities', () => {
		expect(ofKind('country').map((r) => r.code)).toEqual(['LV', 'MD']);
		expect(ofKind('planning_region').map((r) => r.slug)).toEqual(['riga', 'vidzeme', 'kurzeme', 'zemgale', 'latgale']);
		const municipalities = ofKind('municipality');
		expect(municipalities).toHaveLength(42);
		expect(municipalities.map((r) => r.id)).toEqual(Array.from({ length: 42 }, (_, i) => 100 + i));
		expect(municipalities.filter((r) => r.subkind === 'valstspilsēta')).toHaveLength(7);
		expect(municipalities.find((r) => r.name.lv === 'Varakļānu novads')).toBeUndefined();
		expect(named('municipality', 'Siguldas novads')).toMatchObject({
			slug: 'siguldas-novads',
			code: 'LV-091',
			name: { en: 'Sigulda Municipality', ru: 'Сигулдский край' }
		});
		expect(named('municipality', 'Rīga')).toMatchObject({ slug: 'riga', subkind: 'valstspilsēta', name: { en: 'Riga', ru: 'Рига' } });
		expect(named('municipality', 'Jūrmala').slug).toBe('jurmala');
	});

	it.each([
		['Ozolnieku novads', 'Jelgavas novads'],
		['Iecavas novads', 'Bauskas novads'],
		['Tērvetes novads', 'Dobeles novads'],
		['Auces novads', 'Dobeles novads'],
		['Rundāles novads', 'Bauskas novads'],
		['Vecumnieku novads', 'Bauskas novads'],
		['Varakļānu novads', 'Madonas novads'],
		['Inčukalna novads', 'Siguldas novads'],
		['Babītes novads', 'Mārupes novads'],
		['Carnikavas novads', 'Ādažu novads']
	])('resolves the historical %s to %s', (historical, current) => {
		const row = named('historical_municipality', historical);
		expect(row.parentId).toBeNull();
		const successor = row.successorId === null ? undefined : byId.get(row.successorId);
		expect(successor?.kind).toBe('municipality');
		expect(successor?.name.lv).toBe(current);
	});

	it('keeps all 110 novadi of 2009–2021 as historical names, Varakļāni with its code', () => {
		expect(ofKind('historical_municipality')).toHaveLength(110);
		expect(named('historical_municipality', 'Varakļānu novads')).toMatchObject({ code: 'LV-102', slug: 'varaklanu-novads', searchName: 'varaklanu novads' });
		expect(named('historical_municipality', 'Ozolnieku novads').slug).toBe('ozolnieku-novads');
	});

	it('has the 36 first-level units of Moldova', () => {
		const units = ofKind('md_district', 'md_municipality', 'md_autonomy');
		expect(units).toHaveLength(36);
		expect(ofKind('md_district')).toHaveLength(32);
		expect(ofKind('md_municipality').map((r) => r.code).sort()).toEqual(['MD-BA', 'MD-BD', 'MD-CU']);
		expect(ofKind('md_autonomy').map((r) => r.code)).toEqual(['MD-GA']);
		for (const unit of units) {
			expect(unit.countryCode).toBe('MD');
			expect(unit.parentId).toBe(2);
			expect(unit.code).toMatch(/^MD-[A-Z]{2}$/);
			expect(unit.name.ro && unit.name.en && unit.name.ru).toBeTruthy();
		}
		expect(rows.find((r) => r.code === 'MD-AN')?.name).toMatchObject({ ro: 'Raionul Anenii Noi' });
		expect(rows.find((r) => r.code === 'MD-CU')?.name).toMatchObject({ lv: 'Kišiņeva', ro: 'Municipiul Chișinău' });
	});

	it('gives every municipality at least one locality', () => {
		for (const m of ofKind('municipality')) {
			const children = rows.filter((r) => r.parentId === m.id && ['town', 'parish', 'village'].includes(r.kind));
			expect(children.length, m.name.lv).toBeGreaterThan(0);
		}
	});

	it('lists every town of Latvia and the parishes of 2025 under their current municipality', () => {
		// 81 towns and cities: 74 inside novadi (incl. the state cities Jēkabpils, Ogre and Valmiera)
		// and the 7 independent state cities, each listed as its own town.
		expect(ofKind('town')).toHaveLength(81);
		expect(parentName(named('town', 'Iecava'))).toBe('Bauskas novads');
		expect(parentName(named('town', 'Baloži'))).toBe('Ķekavas novads');
		expect(parentName(named('town', 'Jēkabpils'))).toBe('Jēkabpils novads');
		expect(parentName(named('town', 'Valmiera'))).toBe('Valmieras novads');
		expect(parentName(named('town', 'Vangaži'))).toBe('Ropažu novads');
		expect(parentName(named('town', 'Varakļāni'))).toBe('Madonas novads');
		expect(parentName(named('parish', 'Inčukalna pagasts'))).toBe('Siguldas novads');
		expect(parentName(named('parish', 'Mores pagasts'))).toBe('Siguldas novads');
		expect(parentName(named('parish', 'Ozolnieku pagasts'))).toBe('Jelgavas novads');
		expect(parentName(named('parish', 'Murmastienes pagasts'))).toBe('Madonas novads');
		expect(parentName(named('parish', 'Aglonas pagasts'))).toBe('Preiļu novads');
		expect(parentName(named('parish', 'Grāveru pagasts'))).toBe('Krāslavas novads');
		expect(parentName(named('parish', 'Raunas pagasts'))).toBe('Smiltenes novads');
		expect(parentName(named('village', 'Tīraine'))).toBe('Mārupes novads');
		expect(rows.filter((r) => r.kind === 'parish' && parentName(r) === 'Madonas novads')).toHaveLength(21);
	});

	it('derives slugs, sort keys and search names from the Latvian name', () => {
		const parish = named('parish', 'Ķekavas pagasts');
		expect(parish.slug).toBe('kekavas-pagasts');
		expect(parish.searchName).toBe('kekavas pagasts');
		// Latvian order: ā after a, č after c (SQL collations get this wrong).
		const sorted = ['Čornajas pagasts', 'Cēsis', 'Ādaži', 'Aizpute']
			.map((lv) => rows.find((r) => r.name.lv === lv)!)
			.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
			.map((r) => r.name.lv);
		expect(sorted).toEqual(['Aizpute', 'Ādaži', 'Cēsis', 'Čornajas pagasts']);
	});

	it('matches shared/data/lv-municipalities.csv where that file is available', () => {
		const csvPath = fileURLToPath(new URL('../../../shared/data/lv-municipalities.csv', import.meta.url));
		if (!existsSync(csvPath)) {
			expect(existsSync(csvPath)).toBe(false); // not part of the repository; nothing to compare
			return;
		}
		const [, ...lines] = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/);
		const current = lines.map((l) => l.split(',')).filter((cols) => cols[7] === 'current');
		expect(current).toHaveLength(42);
		current.forEach(([code, name, kind, , , lat, lng], i) => {
			const row = ofKind('municipality')[i];
			expect(row).toMatchObject({ code, name: { lv: name }, subkind: kind, lat: Number(lat), lng: Number(lng) });
		});
	});

	it('has a committed migration that is up to date with the data', () => {
		const committed = readFileSync(OUTPUT_PATH, 'utf8');
		expect(committed).toBe(generateGeographySql());
		const statements = committed.split('--> statement-breakpoint');
		expect(statements.length).toBeGreaterThan(1);
		for (const statement of statements) {
			const body = statement.replace(/^--.*$/gm, '').trim();
			expect(body.startsWith('INSERT INTO "territories"')).toBe(true);
			expect(body.endsWith(';')).toBe(true);
			expect(body.split('\n').length - 1).toBeLessThanOrEqual(200);
		}
	});
});
