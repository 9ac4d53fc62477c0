/**
 * Page data of the unmet-demand views (issue 20): the window's totals and weekly trend, the top
 * needs with the organisation's marks, top needs per municipality and per LAG territory, and
 * demand against supply per category and municipality.
 */
import { sortLatvian } from '$lib/text/collation';
import type { Db } from '../db/types';
import { coveredMunicipalities, localActionGroups } from './areas-repository';
import { demoSearches, topNeeds, topNeedsByArea, totalsByMunicipalityAndCategory, weeklyTotals, type NeedTotal } from './demand-repository';
import { marksOf, type Mark } from './marks-repository';
import { isCategoryNeed } from './need';
import { areaMunicipalities, type InsightScope } from './scope';
import { searchPort } from '../search';
import { mondaysBetween } from './weeks';

export const TOP_NEEDS = 30;
const PER_AREA = 3;

export type NeedView = { key: string; label: string; category: string | null; searches: number; zeroResults: number; municipalities: number; mark: Mark | null };

function needView(scope: InsightScope, n: NeedTotal, marks?: Map<string, Mark>): NeedView {
	const category = n.categoryId === null ? null : (scope.categories.find((c) => c.id === n.categoryId)?.label ?? null);
	return {
		key: n.needKey,
		// a need from a category filter alone has no words: it is shown as its category
		label: isCategoryNeed(n.needKey) ? (category ?? n.label) : n.label,
		category,
		searches: n.searches,
		zeroResults: n.zeroResults,
		municipalities: n.municipalities,
		mark: marks?.get(n.needKey) ?? null
	};
}

const demandScope = (scope: InsightScope) => ({ from: scope.window.from, to: scope.window.to, municipalityIds: scope.municipalityIds, categoryId: scope.categoryId });

export async function demandOverview(db: Db, organisationId: string, scope: InsightScope) {
	const s = demandScope(scope);
	const [needs, weekly, demo, marks] = await Promise.all([topNeeds(db, s, TOP_NEEDS), weeklyTotals(db, s), demoSearches(db, scope.window), marksOf(db, organisationId)]);
	const byWeek = new Map(weekly.map((w) => [w.week, w]));
	const weeks = mondaysBetween(scope.window.from, scope.window.to).map((week) => ({ week, searches: byWeek.get(week)?.searches ?? 0, zeroResults: byWeek.get(week)?.zeroResults ?? 0 }));
	return {
		weeks,
		total: weeks.reduce((a, w) => a + w.searches, 0),
		zeroResults: weeks.reduce((a, w) => a + w.zeroResults, 0),
		needs: needs.map((n) => needView(scope, n, marks)),
		demo
	};
}

export async function demandAreas(db: Db, organisationId: string, scope: InsightScope) {
	const s = { from: scope.window.from, to: scope.window.to, categoryId: scope.categoryId };
	const municipalities = areaMunicipalities(scope);
	const lags = await localActionGroups(db);
	const covered = await coveredMunicipalities(db, lags.map((l) => l.id), scope.municipalities);
	const withTerritory = sortLatvian(
		lags.filter((l) => (covered.get(l.id) ?? []).length > 0),
		(l) => l.name
	);
	const marks = await marksOf(db, organisationId);
	const [perMunicipality, perLag] = await Promise.all([
		topNeedsByArea(db, s, municipalities.map((m) => [m.id]), PER_AREA),
		topNeedsByArea(db, s, withTerritory.map((l) => covered.get(l.id)!), PER_AREA)
	]);
	return {
		municipalities: municipalities
			.map((m, i) => ({ slug: m.slug, name: m.label, total: perMunicipality.totals[i], needs: perMunicipality.needs[i].map((n) => needView(scope, n, marks)) }))
			.sort((a, b) => b.total - a.total),
		lags: withTerritory.map((l, i) => ({
			slug: l.slug,
			name: l.name,
			own: l.id === organisationId,
			municipalities: covered.get(l.id)!.length,
			total: perLag.totals[i],
			needs: perLag.needs[i].map((n) => needView(scope, n, marks))
		}))
	};
}

/**
 * Searches for each category against producers offering it. Without a chosen category: one row
 * per category over the area; with one: a row per municipality of the area.
 */
export async function demandVsSupply(db: Db, scope: InsightScope) {
	const [demand, supply] = await Promise.all([
		totalsByMunicipalityAndCategory(db, { from: scope.window.from, to: scope.window.to, municipalityIds: scope.municipalityIds }),
		searchPort().supplyCounts(db)
	]);
	const inArea = (mun: number | null) => mun !== null && (!scope.municipalityIds || scope.municipalityIds.includes(mun));
	if (scope.categoryId === null) {
		const rows = scope.categories.map((c) => {
			const searches = demand.filter((d) => d.categoryId === c.id || (c.parentId === null && parentOf(scope, d.categoryId) === c.id)).reduce((a, d) => a + d.searches, 0);
			let producers = 0;
			for (const [mun, perCategory] of supply.byMunicipalityCategory) if (inArea(mun)) producers += perCategory.get(c.id) ?? 0;
			return { slug: c.slug, name: c.label, icon: c.icon, top: c.parentId === null, searches, producers };
		});
		return { byCategory: rows, byMunicipality: null, unassigned: demand.filter((d) => d.categoryId === null).reduce((a, d) => a + d.searches, 0) };
	}
	const chosen = scope.categories.find((c) => c.id === scope.categoryId)!;
	const wanted = new Set([chosen.id, ...scope.categories.filter((c) => c.parentId === chosen.id).map((c) => c.id)]);
	const rows = areaMunicipalities(scope).map((m) => ({
		slug: m.slug,
		name: m.label,
		searches: demand.filter((d) => d.municipalityId === m.id && d.categoryId !== null && wanted.has(d.categoryId)).reduce((a, d) => a + d.searches, 0),
		producers: supply.byMunicipalityCategory.get(m.id)?.get(chosen.id) ?? 0
	}));
	return { byCategory: null, byMunicipality: rows.sort((a, b) => b.searches - a.searches || a.producers - b.producers), unassigned: 0 };
}

function parentOf(scope: InsightScope, categoryId: number | null): number | null {
	return categoryId === null ? null : (scope.categories.find((c) => c.id === categoryId)?.parentId ?? null);
}

