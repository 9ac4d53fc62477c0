/**
 * The report's read flows for its routes: the staff report of a workspace's scope (the
 * organisation itself, one of its projects or programmes), the records behind a figure, and the
 * public summary of a published project (no drill-down, surveys only where their results are public).
 */
import { and, eq } from 'drizzle-orm';
import { parseDay, type Period } from '$lib/domain/impact/domain';
import type { ImpactReport, ImpactScopeKind } from '$lib/domain/impact/report-model';
import { projects } from '../db/schema';
import type { Db } from '../db/types';
import { buildImpactReport } from './build';
import { drillDown, type DrillPage, type FigureKey } from './drill';
import { resolveScope, scopeChoices, type ResolvedScope, type ScopeChoice } from './scope-queries';

const KINDS: readonly ImpactScopeKind[] = ['project', 'organisation', 'programme'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `?par=project:<id>&no=2021-01-01&lidz=2021-12-31`: the report's query string (the exports take the same). */
export type ReportQuery = { scope: { kind: ImpactScopeKind; id: string } | null; period: Period };

export function parseReportQuery(params: URLSearchParams): ReportQuery {
	const [kind, id] = (params.get('par') ?? '').split(':');
	const scope = KINDS.includes(kind as ImpactScopeKind) && UUID.test(id ?? '') ? { kind: kind as ImpactScopeKind, id } : null;
	return { scope, period: { from: parseDay(params.get('no')), to: parseDay(params.get('lidz')) } };
}

export function reportQueryString(q: ReportQuery & { scope: { kind: ImpactScopeKind; id: string } }): string {
	const p = new URLSearchParams({ par: `${q.scope.kind}:${q.scope.id}` });
	if (q.period.from) p.set('no', q.period.from);
	if (q.period.to) p.set('lidz', q.period.to);
	return p.toString();
}

/** A scope of this workspace, or null (another organisation's project is not reachable through it). */
export async function workspaceScope(db: Db, organisationId: string, ref: { kind: ImpactScopeKind; id: string } | null, lang: string): Promise<ResolvedScope | null> {
	const scope = await resolveScope(db, ref ?? { kind: 'organisation', id: organisationId }, lang);
	return scope && scope.organisationId === organisationId ? scope : null;
}

/** The staff report; the page also lists the scopes it can switch to (`withChoices`), the downloads do not. */
export async function staffReport(
	db: Db,
	organisation: { id: string; name: string },
	q: ReportQuery,
	lang: string,
	withChoices = true
): Promise<{ report: ImpactReport; scope: ResolvedScope; choices: ScopeChoice[] } | null> {
	const scope = await workspaceScope(db, organisation.id, q.scope, lang);
	if (!scope) return null;
	const [report, choices] = await Promise.all([buildImpactReport(db, scope, q.period, lang), withChoices ? scopeChoices(db, organisation.id, organisation.name, lang) : []]);
	return { report, scope, choices };
}

export async function staffRecords(db: Db, organisationId: string, q: ReportQuery, figure: FigureKey, page: number, lang: string): Promise<{ scope: ResolvedScope; page: DrillPage } | null> {
	const scope = await workspaceScope(db, organisationId, q.scope, lang);
	if (!scope) return null;
	return { scope, page: await drillDown(db, scope, q.period, figure, page, lang) };
}

/** A published project's summary for anyone: the same figures, no personal data, no records. */
export async function publicProjectReport(db: Db, slug: string, lang: string): Promise<ImpactReport | null> {
	const [p] = await db.select({ id: projects.id }).from(projects).where(and(eq(projects.slug, slug), eq(projects.status, 'published')));
	if (!p) return null;
	return buildImpactReport(db, { kind: 'project', id: p.id }, { from: null, to: null }, lang, { publishedSurveysOnly: true });
}
