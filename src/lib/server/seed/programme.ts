/**
 * Loads the seed documents' projects and news (programme-projects.ts, programme-news.ts) through
 * the projects' and news' repositories, inside seedDemo's transaction.
 */
import { inArray } from 'drizzle-orm';
import { latvianSortKey } from '../../text/collation';
import { newsPosts, organisations, projects, territories } from '../db/schema';
import type { Db } from '../db/types';
import { renderNewsMarkup, summaryOf } from '../news/markup';
import { insertNews } from '../news/news-repository';
import { replacePartners, replaceResults, replaceTerritories } from '../projects/parts-repository';
import { insertProject } from '../projects/projects-repository';
import { newsSeeds } from './programme-news';
import { projectSeeds } from './programme-projects';

export async function seedProgrammeDemo(tx: Db): Promise<{ projects: number; news: number }> {
	await tx.delete(newsPosts).where(inArray(newsPosts.slug, newsSeeds.map((n) => n.slug)));
	await tx.delete(projects).where(inArray(projects.slug, projectSeeds.map((p) => p.slug)));
	const orgRows = await tx.select({ id: organisations.id, slug: organisations.slug, name: organisations.name }).from(organisations);
	const orgId = (slug: string) => {
		const found = orgRows.find((o) => o.slug === slug);
		if (!found) throw new Error(`Programme seed: organisation ${slug} is not seeded`);
		return found.id;
	};
	const terrRows = await tx.select({ id: territories.id, slug: territories.slug, code: territories.code, kind: territories.kind }).from(territories);
	const territoryId = (key: string) => {
		const found = terrRows.find((t) => (key.startsWith('MD-') ? t.code === key : t.slug === key && (t.kind === 'municipality' || t.kind === 'planning_region')));
		if (!found) throw new Error(`Programme seed: territory ${key} is not in migration 0001`);
		return found.id;
	};
	const projectIds = new Map<string, string>();
	const now = new Date('2026-01-01T00:00:00Z');
	for (const p of projectSeeds) {
		const id = await insertProject(tx, {
			organisationId: orgId(p.organisation),
			slug: p.slug,
			number: p.number ?? null,
			title: p.title,
			summary: p.summary,
			programme: p.programme ?? null,
			subMeasure: p.subMeasure ?? null,
			funder: p.funder ?? null,
			acknowledgement: p.acknowledgement ?? null,
			goals: p.goals ?? null,
			startsOn: p.startsOn ?? null,
			endsOn: p.endsOn ?? null,
			website: p.website ?? null,
			status: 'published',
			sortKey: latvianSortKey(p.title.lv),
			createdBy: null,
			now
		});
		projectIds.set(p.slug, id);
		await replacePartners(
			tx,
			id,
			p.partners.map((x) => ({
				role: x.role,
				organisationId: x.organisation ? orgId(x.organisation) : null,
				name: x.name ?? orgRows.find((o) => o.slug === x.organisation)?.name ?? null,
				country: x.country ?? 'LV',
				website: x.website ?? null
			}))
		);
		await replaceTerritories(tx, id, p.territories.map(territoryId));
		await replaceResults(tx, id, p.results.map((r) => ({ value: r.value, label: r.label, unit: r.unit ?? null })));
	}
	for (const n of newsSeeds) {
		const bodyHtml = renderNewsMarkup(n.body);
		await insertNews(tx, {
			organisationId: orgId(n.organisation),
			projectId: n.project ? (projectIds.get(n.project) ?? null) : null,
			slug: n.slug,
			lang: n.lang,
			title: n.title,
			summary: summaryOf(bodyHtml),
			bodySource: n.body,
			bodyHtml,
			status: 'published',
			authorUserId: null,
			isDemo: true,
			now: new Date(n.publishedAt),
			publishedAt: new Date(n.publishedAt)
		});
	}
	return { projects: projectSeeds.length, news: newsSeeds.length };
}
