/**
 * The report as tables: the XLSX writes each as a sheet and the PDF draws each under its section, so
 * both exports show the same rows in the same order. A cell is text, a number, a share (0..1) or
 * `null` — a group too small to show (fewer than SUPPRESS_BELOW people), rendered as "< 5".
 */
import type { Breakdown, ImpactReport } from '$lib/domain/impact/report-model';
import type { ExportTexts, Formats } from './texts';

export type Cell = string | number | null | { share: number };
export type ReportTable = {
	/** Stable name for tests and the PDF's layout. */
	key: string;
	title: string;
	columns: string[];
	rows: Cell[][];
	/** Rows (by index) that are totals, shown bold. */
	totals?: number[];
};

const fig = (label: string, value: Cell): Cell[] => [label, value];

export function scopeKindLabel(report: ImpactReport, t: ExportTexts): string {
	const k = report.scope.kind;
	return k === 'project' ? t.scopeProject : k === 'organisation' ? t.scopeOrganisation : t.scopeProgramme;
}

export function reportTables(report: ImpactReport, t: ExportTexts, f: Formats): ReportTable[] {
	const { scope, events, participation: p, origins } = report;
	const respondents = report.surveys.reduce((s, x) => s + x.respondents, 0);
	const summaryRows: Cell[][] = [
		fig(scopeKindLabel(report, t), scope.title),
		...(scope.kind === 'organisation' ? [] : [fig(t.scopeOrganisation, scope.organisation)]),
		...(scope.projectNumber ? [fig(t.projectNumber, scope.projectNumber)] : []),
		...(scope.funder ? [fig(t.funder, scope.funder)] : []),
		fig(t.period, f.period(scope.from, scope.to)),
		fig(t.eventsTotal, events.total.value),
		fig(t.attendances, p.attendances.value),
		fig(t.unique, p.uniqueParticipants.value),
		fig(t.repeat, p.repeatParticipants.value),
		fig(t.repeatShare, { share: p.repeatShare }),
		fig(t.inside, origins.inside),
		fig(t.outside, origins.outside),
		fig(t.respondents, respondents),
		fig(t.libraryViews, report.library.views),
		...(report.mentoring ? [fig(t.businesses, report.mentoring.businessesStarted.value), fig(t.social, report.mentoring.socialEnterprises.value), fig(t.fte, report.mentoring.fteJobs)] : []),
		fig(t.contestsHeld, report.contests.held.value)
	];
	const tables: ReportTable[] = [
		{ key: 'summary', title: t.summary, columns: [t.figure, t.value], rows: summaryRows },
		{
			key: 'events',
			title: t.eventsByKind,
			columns: [t.kind, t.total, t.online, t.onSite],
			rows: [...events.byKind.map((k) => [k.label, k.total, k.online, k.onSite]), [t.total, events.total.value, events.online, events.onSite]],
			totals: [events.byKind.length]
		},
		{
			key: 'participation',
			title: t.participation,
			columns: [t.figure, t.value],
			rows: [
				fig(t.registrations, p.registrations.value),
				fig(t.attendances, p.attendances.value),
				fig(t.noShows, p.noShows.value),
				fig(t.walkIns, p.walkIns.value),
				fig(t.cancelled, p.cancelled.value),
				fig(t.unique, p.uniqueParticipants.value),
				fig(t.repeat, p.repeatParticipants.value),
				fig(t.repeatShare, { share: p.repeatShare })
			]
		},
		{
			key: 'origins',
			title: t.origins,
			columns: [t.municipality, t.people, t.territory],
			rows: [
				...origins.rows.map((r) => [r.name, r.people, r.inside ? t.yes : t.no]),
				[t.inside, origins.inside, ''],
				[t.outside, origins.outside, ''],
				[t.unknown, origins.unknown, '']
			],
			totals: [origins.rows.length, origins.rows.length + 1, origins.rows.length + 2]
		},
		...report.breakdowns.map((b, i) => breakdownTable(b, i, t)),
		{
			key: 'surveys',
			title: t.surveys,
			columns: [t.survey, t.respondents, t.question, t.answer, t.count, t.percent],
			rows: report.surveys.flatMap((s) =>
				s.questions.length === 0
					? [[s.title, s.respondents, '', '', '', '']]
					: s.questions.flatMap((q) => q.options.map((o): Cell[] => [s.title, s.respondents, q.title, o.label, o.count, { share: o.percent / 100 }]))
			)
		},
		{
			key: 'library',
			title: t.library,
			columns: [t.item, t.views],
			rows: [...report.library.items.map((i) => [i.title, i.views]), [t.total, report.library.views]],
			totals: [report.library.items.length]
		},
		{
			key: 'mentoring',
			title: t.mentoring,
			columns: [t.figure, t.value],
			rows: report.mentoring
				? [
						fig(t.mentees, report.mentoring.mentees.value),
						fig(t.businesses, report.mentoring.businessesStarted.value),
						fig(t.social, report.mentoring.socialEnterprises.value),
						fig(t.fte, report.mentoring.fteJobs),
						fig(t.point, report.mentoring.point)
					]
				: []
		},
		{
			key: 'contests',
			title: t.contests,
			columns: [t.figure, t.value],
			rows: [fig(t.contestsHeld, report.contests.held.value), fig(t.entries, report.contests.entries), fig(t.winners, report.contests.winners)]
		}
	];
	if (report.cooperation) {
		const c = report.cooperation;
		tables.push({ key: 'cooperation', title: t.cooperation, columns: [t.figure, t.value], rows: [fig(t.meetings, c.meetings), fig(t.agreements, c.agreements), fig(t.firstOrders, c.firstOrders)] });
	}
	tables.push({ key: 'results', title: t.results, columns: [t.result, t.value, t.unit], rows: report.results.map((r) => [r.label, r.value, r.unit ?? '']) });
	return tables;
}

function breakdownTable(b: Breakdown, i: number, t: ExportTexts): ReportTable {
	return {
		key: `breakdown-${b.dimension}-${i}`,
		title: b.title,
		columns: [t.group, t.people],
		rows: [...b.rows.map((r) => [r.label, r.people]), [t.notCollected, b.notCollected]],
		totals: [b.rows.length]
	};
}

/** A cell as text, for the PDF (the XLSX keeps numbers as numbers). */
export function cellText(cell: Cell, t: ExportTexts, f: Formats): string {
	if (cell === null) return t.suppressed;
	if (typeof cell === 'number') return f.num(cell);
	if (typeof cell === 'string') return cell;
	return f.pct(cell.share);
}
