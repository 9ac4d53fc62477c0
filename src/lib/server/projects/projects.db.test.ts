import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Parser from 'rss-parser';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { auditLog, images, territories } from '../db/schema';
import { parseWith, formValues } from '$lib/forms/parse';
import { projectSchema } from '$lib/forms/project';
import { newsSchema } from '$lib/forms/news';
import { prepareImage } from '../images/flow';
import { plainPng } from '../images/test-images';
import { saveNews } from '../news/flow';
import { newsFeed } from '../news/feed';
import { newsPost } from '../news/queries';
import { loadPageSlots } from '../programme/slot-queries';
import { findWorkspaceOrganisation } from '../workspace/organisations-lookup';
import { deleteProject, saveProject } from './flow';
import { listLogos } from './parts-repository';
import { projectDirectory, projectPage } from './queries';

let h: DbHandle;
const NOW = new Date('2026-06-15T10:00:00Z');
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

const form = (entries: [string, string][]) => {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return formValues(f);
};

describe('the seed documents’ projects', () => {
	it('the social-entrepreneurship project has its number, programme, partners, territory and figures', async () => {
		const page = await projectPage(h.db, 'veiksmigs-socialais-uznemejs-lauku-teritorija', 'lv', NOW);
		expect(page?.project).toMatchObject({ number: '19-00-A019.332-000009', phase: 'past', subMeasure: { text: 'Starpteritoriālā un starpvalstu sadarbība' } });
		expect(page?.project.partners.map((p) => [p.role, p.name, p.href])).toEqual([
			['lead', 'Partnerība „Daugavkrasts”', null],
			['partner', 'Pierīgas partnerība', '/lv/organizacijas/pierigas-partneriba']
		]);
		expect(page?.project.territories.map((t) => t.href)).toContain('/lv/novadi/kekavas-novads');
		expect(page?.project.results.map((r) => [r.value, r.unit])).toEqual(expect.arrayContaining([[300, ''], [15, '%'], [169, '']]));
	});

	it('the LV–MD project lists Moldovan districts in Romanian and is past in 2026', async () => {
		const page = await projectPage(h.db, 'atbalsts-moldovas-regionu-izaugsmei', 'ro', NOW);
		expect(page?.project.phase).toBe('past');
		expect(page?.project.territories.map((t) => t.name)).toEqual(expect.arrayContaining(['Municipiul Bălți', 'Raionul Soroca']));
		expect(page?.project.territories.every((t) => t.href === null && t.country === 'MD')).toBe(true);
		expect(page?.project.title).toMatch(/^Sprijin pentru creșterea regiunilor/);
	});

	it('the list filters by organisation, territory (its region included) and phase; unknown names show nothing', async () => {
		const byOrg = await projectDirectory(h.db, { organisation: 'pierigas-partneriba', territory: null, phase: null, page: 1 }, 'lv', NOW);
		expect(byOrg.items.map((p) => p.slug).sort()).toEqual(['coworking-spaces-in-rural-areas', 'veiksmigs-socialais-uznemejs-lauku-teritorija']);
		const inOgre = await projectDirectory(h.db, { organisation: null, territory: 'ogres-novads', phase: null, page: 1 }, 'lv', NOW);
		expect(inOgre.items.map((p) => p.slug)).toEqual(['coworking-spaces-in-rural-areas']);
		const soroca = await projectDirectory(h.db, { organisation: null, territory: 'soroca-rajons', phase: null, page: 1 }, 'lv', NOW);
		expect(soroca.items.map((p) => p.slug)).toEqual(['atbalsts-moldovas-regionu-izaugsmei']);
		expect((await projectDirectory(h.db, { organisation: null, territory: null, phase: 'current', page: 1 }, 'lv', NOW)).items).toEqual([]);
		expect((await projectDirectory(h.db, { organisation: 'nav-tadas', territory: null, phase: null, page: 1 }, 'lv', NOW)).items).toEqual([]);
	});
});

describe('projects on public pages', () => {
	it('an organisation’s page lists the projects it is a partner in, a municipality’s those working there', async () => {
		const lielupe = (await findWorkspaceOrganisation(h.db, 'lauku-partneriba-lielupe'))!;
		const orgSlots = await loadPageSlots('organisation', { db: h.db, id: lielupe.id, slug: lielupe.slug, locale: 'lv', now: NOW });
		expect(orgSlots.map((s) => s.id)).toEqual(['projects-past']);
		expect(orgSlots[0].items.map((i) => i.href)).toEqual(['/lv/projekti/atbalsts-moldovas-regionu-izaugsmei']);
		const [ogre] = await h.db.select({ id: territories.id, parentId: territories.parentId }).from(territories).where(eq(territories.slug, 'ogres-novads'));
		const munSlots = await loadPageSlots('municipality', { db: h.db, id: ogre.id, slug: 'ogres-novads', locale: 'en', now: NOW, regionId: ogre.parentId });
		expect(munSlots.find((s) => s.id === 'projects-past')?.items.map((i) => i.title)).toEqual(['European cooperation project on coworking spaces in rural areas']);
	});
});

describe('a project written in the workspace', () => {
	let id = '';
	it('is saved with partners, territories and results, a logo stored with it, and audited', async () => {
		const org = (await findWorkspaceOrganisation(h.db, 'lauku-partneriba-lielupe'))!;
		const parsed = parseWith(
			projectSchema,
			form([
				['title.lv', 'Vietējo produktu ceļš'],
				['summary.lv', 'Mājražotāji Zemgalē kopā ar tūrisma piedāvājumu.'],
				['startsOn', '2026-03-01'],
				['endsOn', '2027-02-28'],
				['status', 'published'],
				['territories', '122'],
				['partners.0.role', 'lead'],
				['partners.0.organisation', org.id],
				['partners.0.country', 'LV'],
				['partners.1.role', 'partner'],
				['partners.1.name', 'GAL Nord Moldova'],
				['partners.1.country', 'MD'],
				['results.0.value', '4'],
				['results.0.label.lv', 'tūrisma maršruti']
			])
		);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		const logo = await prepareImage(await plainPng(800, 400), 'LEADER logotips');
		const r = await saveProject(h.db, { actorUserId: 'demo-lielupe', organisationId: org.id, projectId: null, data: parsed.data, logo, removeLogoIds: [] }, NOW);
		expect(r).toMatchObject({ ok: true, slug: 'vietejo-produktu-cels' });
		id = r.ok ? r.id : '';
		const [logoRow] = await listLogos(h.db, [id]);
		expect(logoRow).toMatchObject({ alt: 'LEADER logotips' });
		const page = await projectPage(h.db, 'vietejo-produktu-cels', 'lv', NOW);
		expect(page?.project).toMatchObject({ phase: 'current', results: [{ value: 4, label: 'tūrisma maršruti', unit: '' }] });
		expect(page?.project.partners[1]).toMatchObject({ name: 'GAL Nord Moldova', country: 'MD', href: null });
		expect(await h.db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, 'project.create'))).toHaveLength(1);
		// current: on Lielupe's page and on Jelgavas novads' page (territory 122 is Jelgavas novads in 0001)
		const orgSlots = await loadPageSlots('organisation', { db: h.db, id: org.id, slug: org.slug, locale: 'lv', now: NOW });
		expect(orgSlots.find((s) => s.id === 'projects-current')?.items.map((i) => i.href)).toContain('/lv/projekti/vietejo-produktu-cels');
	});

	it('another organisation cannot edit or delete it', async () => {
		const other = (await findWorkspaceOrganisation(h.db, 'pierigas-partneriba'))!;
		const parsed = parseWith(projectSchema, form([['title.lv', 'X'], ['summary.lv', 'Y'], ['startsOn', '2026-01-01'], ['status', 'draft']]));
		if (!parsed.ok) throw new Error('parse');
		expect(await saveProject(h.db, { actorUserId: 'demo-pieriga', organisationId: other.id, projectId: id, data: parsed.data, logo: null, removeLogoIds: [] })).toEqual({ ok: false, reason: 'not_found' });
		expect(await deleteProject(h.db, { actorUserId: 'demo-pieriga', organisationId: other.id, projectId: id })).toBe(false);
	});

	it('a news post about it is sanitized, on the project’s page and in its Atom feed; deleting the project removes its logo', async () => {
		const org = (await findWorkspaceOrganisation(h.db, 'lauku-partneriba-lielupe'))!;
		const parsed = parseWith(newsSchema, form([['title', 'Maršruti gatavi'], ['lang', 'lv'], ['project', id], ['status', 'published'], ['body', '## Kas jauns\n\n- Bauska\n- Tērvete\n\n[Vairāk](https://www.partneribalielupe.lv)<script>alert(1)</script>']]));
		if (!parsed.ok) throw new Error('parse');
		const saved = await saveNews(h.db, { actorUserId: 'demo-lielupe', organisationId: org.id, newsId: null, data: parsed.data, image: null }, NOW);
		expect(saved.ok).toBe(true);
		const post = await newsPost(h.db, 'marsruti-gatavi', 'lv');
		expect(post?.bodyHtml).toContain('<h2>Kas jauns</h2>');
		expect(post?.bodyHtml).not.toContain('script');
		const slots = await loadPageSlots('project', { db: h.db, id, slug: 'vietejo-produktu-cels', locale: 'lv', now: NOW });
		expect(slots.find((s) => s.id === 'news')?.items[0]).toMatchObject({ title: 'Maršruti gatavi', href: '/lv/zinas/marsruti-gatavi' });
		const xml = await newsFeed(h.db, { organisation: null, project: 'vietejo-produktu-cels' }, 'lv', 'https://tuvuma.test', '/lv/projekti/vietejo-produktu-cels/zinas.atom');
		const feed = await new Parser().parseString(xml!);
		expect(feed.items.map((i) => i.link)).toEqual(['https://tuvuma.test/lv/zinas/marsruti-gatavi']);
		expect(feed.items[0].content).toContain('Tērvete');

		const [logoRow] = await listLogos(h.db, [id]);
		expect(await deleteProject(h.db, { actorUserId: 'demo-lielupe', organisationId: org.id, projectId: id })).toBe(true);
		expect(await h.db.select({ id: images.id }).from(images).where(eq(images.id, logoRow.id))).toEqual([]);
		expect((await newsPost(h.db, 'marsruti-gatavi', 'lv'))?.project).toBeNull();
	});
});
