import { localized } from '$lib/domain/localized';
import type { ProjectCard, ProjectView } from '$lib/contracts/programme';
import type { Db } from '../db/types';
import { pageWindow, type PageWindow } from '../geography/paging';
import { organisationsWithProjects, projectTerritoryBySlug, territoriesWithProjects } from './choices-repository';
import { PROJECT_PHASES, rigaToday, type ProjectPhase } from './domain';
import { countProjects, findProjectBySlug, listProjects, type ProjectFilter } from './projects-repository';
import { toProjectCards, toProjectView } from './views';
import { findWorkspaceOrganisation } from '../workspace/organisations-lookup';

export const PROJECTS_PER_PAGE = 20;

export type ProjectQuery = { organisation: string | null; territory: string | null; phase: string | null; page: number };

const isPhase = (v: string | null): v is ProjectPhase => !!v && (PROJECT_PHASES as readonly string[]).includes(v);

/**
 * The filter a list query names, or null when a slug names nothing. A municipality includes the
 * projects of its planning region (they work there too).
 */
export async function resolveProjectFilter(db: Db, q: Omit<ProjectQuery, 'page'>, now: Date): Promise<ProjectFilter | null> {
	const filter: ProjectFilter = { publishedOnly: true, today: rigaToday(now), phase: isPhase(q.phase) ? q.phase : undefined };
	if (q.organisation) {
		const org = await findWorkspaceOrganisation(db, q.organisation);
		if (!org || org.status !== 'published') return null;
		filter.organisationId = org.id;
	}
	if (q.territory) {
		const t = await projectTerritoryBySlug(db, q.territory);
		if (!t) return null;
		filter.territoryIds = t.kind === 'municipality' && t.parentId ? [t.id, t.parentId] : [t.id];
	}
	return filter;
}

export async function projectDirectory(
	db: Db,
	q: ProjectQuery,
	locale: string,
	now: Date
): Promise<{
	items: ProjectCard[];
	window: PageWindow;
	filter: { organisation: string; territory: string; phase: string };
	options: { organisations: { slug: string; name: string }[]; territories: { slug: string; name: string; country: string }[] };
}> {
	const filter = (await resolveProjectFilter(db, q, now)) ?? { publishedOnly: true, today: rigaToday(now), ids: [] };
	const window = pageWindow(await countProjects(db, filter), q.page, PROJECTS_PER_PAGE);
	const rows = await listProjects(db, filter, window.perPage, window.offset);
	const [orgs, terrs] = await Promise.all([organisationsWithProjects(db), territoriesWithProjects(db)]);
	return {
		items: await toProjectCards(db, rows, locale, filter.today),
		window,
		filter: { organisation: q.organisation ?? '', territory: q.territory ?? '', phase: isPhase(q.phase) ? q.phase : '' },
		options: {
			organisations: orgs.map((o) => ({ slug: o.slug, name: o.name })),
			territories: terrs.map((t) => ({ slug: t.slug, name: localized(t.name, locale), country: t.countryCode }))
		}
	};
}

/** A published project's page data, or null. */
export async function projectPage(db: Db, slug: string, locale: string, now: Date): Promise<{ project: ProjectView; id: string; organisationId: string } | null> {
	const row = await findProjectBySlug(db, slug, true);
	if (!row) return null;
	return { project: await toProjectView(db, row, locale, rigaToday(now)), id: row.id, organisationId: row.organisationId };
}
