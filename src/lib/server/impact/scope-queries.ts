/**
 * What a report is about: a project, an organisation or a programme, resolved to its header and
 * to the SQL conditions every other query filters with (so a figure and its drill-down list read
 * the same rows). Projects carry the funder's number, acknowledgement and logos.
 */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import type { ImpactScopeKind } from '$lib/domain/impact/report-model';
import { cohorts, events, images, organisations, participations, programmes, projectLogos, projects, projectTerritories } from '../db/schema';
import type { Db } from '../db/types';

export type ScopeRef = { kind: ImpactScopeKind; id: string };

export type ResolvedScope = ScopeRef & {
	slug: string;
	title: string;
	organisationId: string;
	organisation: string;
	organisationSlug: string;
	/** The project(s) whose territories, surveys and library count: the project, the programme's project, or all the organisation's. */
	projectIds: string[];
	projectNumber: string | null;
	funder: string | null;
	acknowledgement: string | null;
	logos: { src: string; alt: string }[];
	published: boolean;
};

/**
 * Which participations a scope counts. Projects and organisations: their events; a programme:
 * its cohorts (events are not run by a programme) — registrations of another kind (surveys,
 * contests) are reported in their own sections, never as "participants".
 */
export function participationWhere(s: ScopeRef): SQL {
	if (s.kind === 'project') return and(eq(participations.projectId, s.id), eq(participations.activityKind, 'event'))!;
	if (s.kind === 'organisation') return and(eq(participations.organisationId, s.id), eq(participations.activityKind, 'event'))!;
	return and(eq(participations.activityKind, 'cohort'), inArray(participations.activityId, sql`(select ${cohorts.id} from ${cohorts} where ${cohorts.programmeId} = ${s.id})`))!;
}

/** Which events a scope holds (a programme holds none: its cohorts are its activities). */
export function eventWhere(s: ScopeRef): SQL {
	if (s.kind === 'project') return eq(events.projectId, s.id);
	if (s.kind === 'organisation') return eq(events.organisationId, s.id);
	return sql`false`;
}

export async function resolveScope(db: Db, ref: ScopeRef, lang: string): Promise<ResolvedScope | null> {
	if (ref.kind === 'project') {
		const [p] = await db
			.select({ id: projects.id, slug: projects.slug, title: projects.title, number: projects.number, funder: projects.funder, acknowledgement: projects.acknowledgement, status: projects.status, organisationId: organisations.id, organisation: organisations.name, organisationSlug: organisations.slug })
			.from(projects)
			.innerJoin(organisations, eq(organisations.id, projects.organisationId))
			.where(eq(projects.id, ref.id));
		if (!p) return null;
		const logos = await db
			.select({ id: images.id, alt: images.alt })
			.from(projectLogos)
			.innerJoin(images, eq(images.id, projectLogos.imageId))
			.where(eq(projectLogos.projectId, p.id))
			.orderBy(asc(projectLogos.position));
		return {
			...ref,
			slug: p.slug,
			title: localized(p.title, lang),
			organisationId: p.organisationId,
			organisation: p.organisation,
			organisationSlug: p.organisationSlug,
			projectIds: [p.id],
			projectNumber: p.number,
			funder: p.funder ? localized(p.funder, lang) : null,
			acknowledgement: p.acknowledgement ? localized(p.acknowledgement, lang) : null,
			// the image pipeline's stored WebP, read through images/flow.ts by the exporters
			logos: logos.map((l) => ({ src: `/media/${l.id}/640.webp`, alt: l.alt })),
			published: p.status === 'published'
		};
	}
	if (ref.kind === 'organisation') {
		const [o] = await db.select({ id: organisations.id, slug: organisations.slug, name: organisations.name }).from(organisations).where(eq(organisations.id, ref.id));
		if (!o) return null;
		const own = await db.select({ id: projects.id }).from(projects).where(eq(projects.organisationId, o.id));
		return { ...ref, slug: o.slug, title: o.name, organisationId: o.id, organisation: o.name, organisationSlug: o.slug, projectIds: own.map((p) => p.id), projectNumber: null, funder: null, acknowledgement: null, logos: [], published: false };
	}
	const [g] = await db
		.select({ id: programmes.id, slug: programmes.slug, title: programmes.title, projectId: programmes.projectId, organisationId: organisations.id, organisation: organisations.name, organisationSlug: organisations.slug })
		.from(programmes)
		.innerJoin(organisations, eq(organisations.id, programmes.organisationId))
		.where(eq(programmes.id, ref.id));
	if (!g) return null;
	return { ...ref, slug: g.slug, title: localized(g.title, lang), organisationId: g.organisationId, organisation: g.organisation, organisationSlug: g.organisationSlug, projectIds: g.projectId ? [g.projectId] : [], projectNumber: null, funder: null, acknowledgement: null, logos: [], published: false };
}

/** The territories the scope's projects work in (inside vs outside). */
export async function territoryIdsOf(db: Db, projectIds: string[]): Promise<Set<number>> {
	if (!projectIds.length) return new Set();
	const rows = await db.select({ id: projectTerritories.territoryId }).from(projectTerritories).where(inArray(projectTerritories.projectId, projectIds));
	return new Set(rows.map((r) => r.id));
}

export type ScopeChoice = { kind: ImpactScopeKind; id: string; title: string };

/** What a workspace can report on: itself, its projects and its programmes. */
export async function scopeChoices(db: Db, organisationId: string, organisationName: string, lang: string): Promise<ScopeChoice[]> {
	const [ps, gs] = await Promise.all([
		db.select({ id: projects.id, title: projects.title }).from(projects).where(eq(projects.organisationId, organisationId)).orderBy(sql`${projects.sortKey} COLLATE "C"`),
		db.select({ id: programmes.id, title: programmes.title }).from(programmes).where(eq(programmes.organisationId, organisationId)).orderBy(sql`${programmes.sortKey} COLLATE "C"`)
	]);
	return [
		{ kind: 'organisation', id: organisationId, title: organisationName },
		...ps.map((p) => ({ kind: 'project' as const, id: p.id, title: localized(p.title, lang) })),
		...gs.map((g) => ({ kind: 'programme' as const, id: g.id, title: localized(g.title, lang) }))
	];
}
