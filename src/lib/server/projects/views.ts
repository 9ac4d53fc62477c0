/** Project rows → what the pages and the API show, in the reader's language. */
import { localized, localizedLang } from '$lib/domain/localized';
import type { LocalizedText } from '$lib/domain/types';
import type { LocalizedField, ProjectCard, ProjectView } from '$lib/contracts/programme';
import type { Db } from '../db/types';
import { findWorkspaceOrganisationById, listWorkspaceOrganisations } from '../workspace/organisations-lookup';
import { goalLines, projectPhase } from './domain';
import { listLogos, listPartners, listProjectTerritories, listResults, type ProjectTerritoryRow } from './parts-repository';
import type { ProjectRow } from './projects-repository';

const field = (t: LocalizedText | null, locale: string): LocalizedField | null => (t ? { text: localized(t, locale), lang: localizedLang(t, locale) } : null);

export function territoryHref(t: Pick<ProjectTerritoryRow, 'kind' | 'slug'>, locale: string): string | null {
	if (t.kind === 'municipality') return `/${locale}/novadi/${t.slug}`;
	if (t.kind === 'planning_region') return `/${locale}/regioni/${t.slug}`;
	return null;
}

export async function toProjectCards(db: Db, rows: readonly ProjectRow[], locale: string, today: string): Promise<ProjectCard[]> {
	const orgs = new Map((await listWorkspaceOrganisations(db, [...new Set(rows.map((r) => r.organisationId))])).map((o) => [o.id, o]));
	return rows.map((r) => ({
		slug: r.slug,
		title: localized(r.title, locale),
		titleLang: localizedLang(r.title, locale),
		summary: localized(r.summary, locale),
		summaryLang: localizedLang(r.summary, locale),
		number: r.number,
		phase: projectPhase(r, today),
		startsOn: r.startsOn,
		endsOn: r.endsOn,
		organisation: { slug: orgs.get(r.organisationId)?.slug ?? '', name: orgs.get(r.organisationId)?.name ?? '' },
		isDemo: r.isDemo
	}));
}

/** Everything a project's page shows. */
export async function toProjectView(db: Db, row: ProjectRow, locale: string, today: string): Promise<ProjectView> {
	const [card] = await toProjectCards(db, [row], locale, today);
	const [partners, territories, results, logos] = await Promise.all([
		listPartners(db, [row.id]),
		listProjectTerritories(db, [row.id]),
		listResults(db, [row.id]),
		listLogos(db, [row.id])
	]);
	const goals = row.goals ? { lines: goalLines(localized(row.goals, locale)), lang: localizedLang(row.goals, locale) } : null;
	return {
		...card,
		programme: field(row.programme, locale),
		subMeasure: field(row.subMeasure, locale),
		funder: field(row.funder, locale),
		acknowledgement: field(row.acknowledgement, locale),
		goals: goals?.lines.length ? goals : null,
		website: row.website,
		// the lead partner first, then the others in the order the editor gave
		partners: [...partners]
			.sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1))
			.map((p) => ({
				role: p.role,
				name: p.organisation?.name ?? p.name ?? '',
				href: p.organisation?.published ? `/${locale}/organizacijas/${p.organisation.slug}` : null,
				country: p.country,
				website: p.website
			})),
		territories: territories.map((t) => ({ name: localized(t.name, locale), href: territoryHref(t, locale), country: t.countryCode })),
		results: results.map((r) => ({ value: r.value, label: localized(r.label, locale), labelLang: localizedLang(r.label, locale), unit: r.unit ? localized(r.unit, locale) : '' })),
		logos: logos.map((l) => ({ id: l.id, alt: l.alt, width: l.width, height: l.height }))
	};
}

export async function organisationOfProject(db: Db, row: ProjectRow) {
	return findWorkspaceOrganisationById(db, row.organisationId);
}
