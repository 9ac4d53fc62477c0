/**
 * Builds the impact report (issue 18) for a project, an organisation or a programme over a period
 * of Riga days: every number computed from the records, never typed (except the project's own
 * result figures, shown as such). Each `Figure` names its drill-down list (drill.ts).
 */
import { countBy, factsPerPerson, insideTerritory, periodRange, reportedAgeBand, suppressOrigins, suppressRows, type PersonFacts } from '$lib/domain/impact/domain';
import type { Breakdown, EventKindRow, ImpactReport } from '$lib/domain/impact/report-model';
import { localized } from '$lib/domain/localized';
import { EMPLOYMENT, EVENT_KINDS, GENDERS } from '$lib/events/choices';
import { isLocale, type Locale } from '$lib/i18n/locales';
import type { Db } from '../db/types';
import { summarizeParticipation } from '../participation/domain';
import { ageBandLabel, employmentLabel, eventKindLabel, genderLabel } from '$lib/programme/event-labels';
import { dimensionTitle } from './labels';
import { asFacts, eventCounts, participationFacts, territoriesByIds } from './participation-queries';
import { contestFigures, libraryViews, mentoringFigures, projectResultFigures, scopeSurveys, surveySummaries } from './section-queries';
import { cooperationFigures } from './cooperation-queries';
import { resolveScope, territoryIdsOf, type ResolvedScope, type ScopeRef } from './scope-queries';

export type ReportPeriod = { from: string | null; to: string | null };

export class ScopeNotFound extends Error {}

const AGE_ORDER = ['under_18', '18_29', '30_54', '55_plus', 'under_25', '25_34'];

export type BuildOptions = { now?: Date; /** The public summary: only surveys whose results are published. */ publishedSurveysOnly?: boolean };

/** `ref` may be a scope the caller already resolved (in the report's language): it is not read again. */
export async function buildImpactReport(db: Db, ref: ScopeRef | ResolvedScope, period: ReportPeriod, lang: string, o: BuildOptions = {}): Promise<ImpactReport> {
	const locale: Locale = isLocale(lang) ? lang : 'lv';
	const now = o.now ?? new Date();
	const scope = 'slug' in ref ? ref : await resolveScope(db, ref, locale);
	if (!scope) throw new ScopeNotFound(`${ref.kind} ${ref.id}`);
	const range = periodRange(period);

	const [eventRows, factRows, inside, surveyList, library, mentoring, contests, results, cooperation] = await Promise.all([
		eventCounts(db, scope, range, now),
		participationFacts(db, scope, range),
		territoryIdsOf(db, scope.projectIds),
		scopeSurveys(db, scope, range),
		libraryViews(db, scope, range, locale),
		mentoringFigures(db, scope, range, locale),
		contestFigures(db, scope, range),
		projectResultFigures(db, scope, locale),
		cooperationFigures(db, scope, range)
	]);
	// person ids are already the survivors of any merge (participation-queries.ts countedPerson)
	const summary = summarizeParticipation(asFacts(scope, factRows), now);
	const facts = factsPerPerson(factRows.map((r) => ({ ...r, attended: r.attendance === 'attended' })));

	const byKind = new Map<string, EventKindRow>();
	for (const r of eventRows) {
		const row = byKind.get(r.kind) ?? { kind: r.kind, label: eventKindLabel(r.kind, locale), total: 0, online: 0, onSite: 0 };
		row.total += r.n;
		if (r.online) row.online += r.n;
		else row.onSite += r.n;
		byKind.set(r.kind, row);
	}
	const kinds = EVENT_KINDS.flatMap((k) => (byKind.has(k) ? [byKind.get(k)!] : []));
	const sum = (k: 'total' | 'online' | 'onSite') => kinds.reduce((a, r) => a + r[k], 0);

	return {
		scope: {
			kind: scope.kind,
			id: scope.id,
			slug: scope.slug,
			title: scope.title,
			organisation: scope.organisation,
			from: period.from,
			to: period.to,
			lang: locale,
			generatedAt: now.toISOString(),
			projectNumber: scope.projectNumber,
			funder: scope.funder,
			acknowledgement: scope.acknowledgement,
			logos: scope.logos
		},
		events: { total: { value: sum('total'), figure: 'events' }, online: sum('online'), onSite: sum('onSite'), byKind: kinds },
		participation: {
			registrations: { value: summary.registrations, figure: 'registrations' },
			attendances: { value: summary.attendances, figure: 'attendances' },
			noShows: { value: summary.noShows, figure: 'no-shows' },
			walkIns: { value: summary.walkIns, figure: 'walk-ins' },
			cancelled: { value: summary.cancelled, figure: 'cancelled' },
			uniqueParticipants: { value: summary.uniqueParticipants, figure: 'unique' },
			repeatParticipants: { value: summary.repeatParticipants, figure: 'repeat' },
			repeatShare: summary.repeatShare
		},
		origins: await origins(db, facts, inside, locale),
		breakdowns: breakdowns(facts, locale),
		surveys: await surveySummaries(db, o.publishedSurveysOnly ? surveyList.filter((x) => x.resultsPublished) : surveyList, range, locale),
		library,
		mentoring,
		contests,
		cooperation,
		results
	};
}

async function origins(db: Db, facts: Map<string, PersonFacts>, inside: Set<number>, locale: Locale): Promise<ImpactReport['origins']> {
	const { counts, notCollected } = countBy(facts.values(), 'municipalityId');
	const places = await territoriesByIds(db, [...counts.keys()]);
	const rows = [...counts].map(([id, people]) => {
		const t = places.get(id);
		const isInside = insideTerritory(t ? { id, parentId: t.parentId } : { id, parentId: null }, inside) === true;
		return { municipalityId: id, name: t ? localized(t.name, locale) : String(id), people, inside: isInside, lat: t?.lat ?? null, lon: t?.lng ?? null, sortKey: t?.sortKey ?? String(id) };
	});
	const suppressed = suppressOrigins(rows);
	return { inside: suppressed.inside, outside: suppressed.outside, unknown: notCollected, rows: suppressed.rows.map((r) => ({ municipalityId: r.municipalityId, name: r.name, people: r.people, inside: r.inside, lat: r.lat, lon: r.lon })) };
}

function breakdowns(facts: Map<string, PersonFacts>, locale: Locale): Breakdown[] {
	const all = [...facts.values()];
	const ages = all.map((f) => ({ ...f, ageBand: reportedAgeBand(f.ageBand) }));
	const dims = [
		{ dimension: 'gender' as const, counted: countBy(all, 'gender'), order: [...GENDERS] as string[], label: genderLabel },
		{ dimension: 'age_band' as const, counted: countBy(ages, 'ageBand'), order: AGE_ORDER, label: ageBandLabel },
		{ dimension: 'employment_status' as const, counted: countBy(all, 'employmentStatus'), order: [...EMPLOYMENT] as string[], label: employmentLabel }
	];
	return dims
		.filter((d) => d.counted.counts.size > 0)
		.map((d) => {
			const keys = [...d.counted.counts.keys()].map(String).sort((a, b) => rank(d.order, a) - rank(d.order, b));
			const rows = suppressRows(keys.map((key) => ({ key, label: d.label(key, locale), people: d.counted.counts.get(key as never) ?? 0 })));
			return { dimension: d.dimension, title: dimensionTitle(d.dimension, locale), rows, notCollected: d.counted.notCollected };
		});
}

const rank = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
