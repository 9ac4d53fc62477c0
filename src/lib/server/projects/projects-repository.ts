import { and, asc, desc, eq, gt, inArray, isNull, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { projectPartners, projects, projectTerritories } from '../db/schema';
import { toNumber, type Db } from '../db/types';
import type { LocalizedText } from '$lib/domain/types';
import type { ProjectPhase } from './domain';

export type ProjectRow = {
	id: string;
	organisationId: string;
	slug: string;
	number: string | null;
	title: LocalizedText;
	summary: LocalizedText;
	programme: LocalizedText | null;
	subMeasure: LocalizedText | null;
	funder: LocalizedText | null;
	acknowledgement: LocalizedText | null;
	goals: LocalizedText | null;
	startsOn: string | null;
	endsOn: string | null;
	website: string | null;
	status: string;
	isDemo: boolean;
	publishedAt: Date | null;
	updatedAt: Date;
};

const columns = {
	id: projects.id,
	organisationId: projects.organisationId,
	slug: projects.slug,
	number: projects.number,
	title: projects.title,
	summary: projects.summary,
	programme: projects.programme,
	subMeasure: projects.subMeasure,
	funder: projects.funder,
	acknowledgement: projects.acknowledgement,
	goals: projects.goals,
	startsOn: projects.startsOn,
	endsOn: projects.endsOn,
	website: projects.website,
	status: projects.status,
	isDemo: projects.isDemo,
	publishedAt: projects.publishedAt,
	updatedAt: projects.updatedAt
};

export type ProjectValues = Omit<ProjectRow, 'id' | 'slug' | 'status' | 'isDemo' | 'publishedAt' | 'updatedAt'> & { status: 'draft' | 'published'; sortKey: string };

export async function insertProject(db: Db, v: ProjectValues & { slug: string; createdBy: string | null; isDemo?: boolean; now: Date }): Promise<string> {
	const { now, ...values } = v;
	const [row] = await db
		.insert(projects)
		.values({ ...values, publishedAt: v.status === 'published' ? now : null, createdAt: now, updatedAt: now })
		.returning({ id: projects.id });
	return row.id;
}

/** Publishing sets `published_at` the first time only (a feed entry keeps its date). */
export async function updateProjectRow(db: Db, id: string, v: ProjectValues, now: Date): Promise<void> {
	await db
		.update(projects)
		.set({ ...v, publishedAt: v.status === 'published' ? sql`coalesce(${projects.publishedAt}, ${now.toISOString()}::timestamptz)` : projects.publishedAt, updatedAt: now })
		.where(eq(projects.id, id));
}

export async function deleteProjectRow(db: Db, id: string): Promise<void> {
	await db.delete(projects).where(eq(projects.id, id));
}

export async function findProject(db: Db, id: string): Promise<ProjectRow | null> {
	const [row] = await db.select(columns).from(projects).where(eq(projects.id, id));
	return row ?? null;
}

export async function findProjectBySlug(db: Db, slug: string, publishedOnly: boolean): Promise<ProjectRow | null> {
	const [row] = await db
		.select(columns)
		.from(projects)
		.where(and(eq(projects.slug, slug), publishedOnly ? eq(projects.status, 'published') : undefined));
	return row ?? null;
}

/** Slugs already taken by `base` or `base-N` (for uniqueSlug). */
export async function takenProjectSlugs(db: Db, base: string): Promise<Set<string>> {
	const rows = await db
		.select({ slug: projects.slug })
		.from(projects)
		.where(or(eq(projects.slug, base), like(projects.slug, `${base}-%`)));
	return new Set(rows.map((r) => r.slug));
}

export type ProjectFilter = {
	organisationId?: string;
	/** Projects the organisation keeps or is a partner in (its public page). */
	involvingOrganisationId?: string;
	/** Projects working in any of these territories. */
	territoryIds?: number[];
	phase?: ProjectPhase;
	/** Riga calendar day the phase is measured against. */
	today: string;
	/** Only published projects (public pages and the API); the workspace sees every one. */
	publishedOnly: boolean;
	ids?: string[];
};

function phaseWhere(phase: ProjectPhase | undefined, today: string): SQL | undefined {
	if (phase === 'upcoming') return gt(projects.startsOn, today);
	if (phase === 'current') return and(lte(projects.startsOn, today), or(isNull(projects.endsOn), sql`${projects.endsOn} >= ${today}`));
	if (phase === 'past') return or(isNull(projects.startsOn), lt(projects.endsOn, today));
	return undefined;
}

function whereOf(f: ProjectFilter): SQL | undefined {
	return and(
		f.publishedOnly ? eq(projects.status, 'published') : undefined,
		f.organisationId ? eq(projects.organisationId, f.organisationId) : undefined,
		f.involvingOrganisationId
			? or(
					eq(projects.organisationId, f.involvingOrganisationId),
					sql`exists (select 1 from ${projectPartners} where ${projectPartners.projectId} = ${projects.id} and ${projectPartners.organisationId} = ${f.involvingOrganisationId})`
				)
			: undefined,
		f.ids ? (f.ids.length ? inArray(projects.id, f.ids) : sql`false`) : undefined,
		f.territoryIds ? (f.territoryIds.length ? sql`exists (${inTerritories(f.territoryIds)})` : sql`false`) : undefined,
		phaseWhere(f.phase, f.today)
	);
}

/** Rows of project_territories naming one of the territories, for the current project (correlated). */
function inTerritories(territoryIds: number[]) {
	return sql`select 1 from ${projectTerritories} where ${projectTerritories.projectId} = ${projects.id} and ${inArray(projectTerritories.territoryId, territoryIds)}`;
}

/** Current projects first, then upcoming, then past; newest start first; then by title. */
function ordering(today: string) {
	const rank = sql`case when ${projects.startsOn} is not null and ${projects.startsOn} <= ${today} and (${projects.endsOn} is null or ${projects.endsOn} >= ${today}) then 0
		when ${projects.startsOn} > ${today} then 1 else 2 end`;
	return [rank, sql`${projects.startsOn} desc nulls last`, sql`${projects.sortKey} COLLATE "C"`, asc(projects.id)];
}

export async function listProjects(db: Db, f: ProjectFilter, limit: number, offset = 0): Promise<ProjectRow[]> {
	return db
		.select(columns)
		.from(projects)
		.where(whereOf(f))
		.orderBy(...ordering(f.today))
		.limit(limit)
		.offset(offset);
}

export async function countProjects(db: Db, f: ProjectFilter): Promise<number> {
	const [row] = await db.select({ n: sql<number>`count(*)` }).from(projects).where(whereOf(f));
	return toNumber(row?.n);
}

/** Newest changes first: the workspace's list of its projects (every status). */
export async function listProjectsForWorkspace(db: Db, organisationId: string): Promise<Pick<ProjectRow, 'id' | 'slug' | 'title' | 'status' | 'startsOn' | 'endsOn' | 'updatedAt'>[]> {
	return db
		.select({ id: projects.id, slug: projects.slug, title: projects.title, status: projects.status, startsOn: projects.startsOn, endsOn: projects.endsOn, updatedAt: projects.updatedAt })
		.from(projects)
		.where(eq(projects.organisationId, organisationId))
		.orderBy(desc(projects.updatedAt), asc(projects.id));
}
