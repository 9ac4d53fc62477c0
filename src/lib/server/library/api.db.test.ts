import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { openTestDb } from '../db/test-db';
import { parseQuery } from '../api/params';
import { listBody } from '../api/serializers';
import { libraryDetail, libraryList, librarySummary } from './api';
import { LibraryItemResponse, LibraryList, libraryListParams } from './api-schemas';
import { materialsOf } from './public-queries';
import { projectMaterialsSlot } from './project-slot';
import { seedUuid } from '../seed/prng';
import { findProjectBySlug } from '../projects/projects-repository';

let h: DbHandle;
const ctx = (lang: 'lv' | 'en' = 'lv') => ({ origin: 'https://tuvuma.test', lang });

/** A list request as the route makes it: query string → params → body, the body checked by its schema. */
async function list(query: string) {
	const parsed = parseQuery(libraryListParams, new URLSearchParams(query));
	if (!parsed.ok) return { errors: parsed.errors.map((e) => e.param) };
	const found = await libraryList(h.db, parsed.params);
	if (!found.ok) return { errors: found.errors.map((e) => e.param) };
	const body = listBody(found.value, new URL(`https://tuvuma.test/api/v1/library?${query}`), (item) => librarySummary(item, ctx(parsed.params.lang as 'lv')));
	return { body: LibraryList.parse(body) };
}

beforeAll(async () => {
	h = await openTestDb({ seed: true });
}, 120_000);
afterAll(async () => h?.close());

describe('/api/v1/library on the demo data', () => {
	it('lists the seed documents’ items newest first: the Moldova tours, then the masterclasses, then the social-entrepreneurship materials', async () => {
		const { body } = await list('per_page=100');
		expect(body!.meta.total).toBe(7);
		const slugs = body!.data.map((i) => i.slug);
		expect(slugs.slice(0, 2).sort()).toEqual(['lielplatones-muizas-vesuzis', 'svetes-pils-atjaunosana']);
		expect(slugs.slice(-2).sort()).toEqual(['socialas-uznemejdarbibas-rokasgramata', 'socialas-uznemejdarbibas-video-lekcijas']);
		const lectures = body!.data.find((i) => i.slug === 'socialas-uznemejdarbibas-video-lekcijas')!;
		expect(lectures).toMatchObject({ is_demo: false, source_url: 'https://ej.uz/SU_video_lekcijas', organisation: { slug: 'pierigas-partneriba' }, project: { slug: 'veiksmigs-socialais-uznemejs-lauku-teritorija' } });
		expect(lectures.summary).toContain('52 %');
		expect(body!.data.find((i) => i.slug === 'skalu-grozu-pisana')).toMatchObject({ is_demo: true, author: 'Inta Bendrupa' });
	});

	it('filters by topic, kind, language and organisation, and pages', async () => {
		expect((await list('topic=amatnieciba')).body!.data.map((i) => i.slug).sort()).toEqual(['dabigo-augu-skrubja-gatavosana', 'skalu-grozu-pisana']);
		expect((await list('kind=virtual_tour')).body!.data.every((i) => i.kind === 'virtual_tour')).toBe(true);
		expect((await list('kind=virtual_tour')).body!.meta.total).toBe(2);
		expect((await list('organisation=pierigas-partneriba')).body!.meta.total).toBe(3);
		expect((await list('language=ro')).body!.meta.total).toBe(0);
		const first = (await list('per_page=5')).body!;
		expect(first.meta.pages).toBe(2);
		expect(first.links.next).toContain('page=2');
		expect((await list('per_page=5&page=2')).body!.data).toHaveLength(2);
	});

	it('a filter that names nothing is refused, naming the parameter', async () => {
		expect(await list('topic=nav-tadas-temas')).toEqual({ errors: ['topic'] });
		expect(await list('organisation=nav-tadas-organizacijas')).toEqual({ errors: ['organisation'] });
		expect(await list('kind=podcast')).toEqual({ errors: ['kind'] });
		expect(await list('language=latviesu')).toEqual({ errors: ['language'] });
	});

	it('one item in English: translated title and topics, its project, the item page’s URL', async () => {
		const item = await libraryDetail(h.db, 'lielplatones-muizas-vesuzis', ctx('en'));
		const { data } = LibraryItemResponse.parse({ data: item });
		expect(data.name).toBe('Virtual tour: the “Vešūzis” laundry of Lielplatone manor');
		expect(data.url).toBe('https://tuvuma.test/en/biblioteka/lielplatones-muizas-vesuzis');
		expect(data.topics.map((t) => t.name)).toEqual(['Rural tourism and heritage', 'International cooperation']);
		expect(data.project?.slug).toBe('atbalsts-moldovas-regionu-izaugsmei');
		expect(data.chapters).toEqual([]);
		expect(data.file).toBeUndefined();
		expect(await libraryDetail(h.db, 'nav-tada-materiala', ctx())).toBeNull();
	});

	it('a project’s page lists its materials, and an event’s page the ones that came from it', async () => {
		const project = (await findProjectBySlug(h.db, 'veiksmigs-socialais-uznemejs-lauku-teritorija', true))!;
		const slot = await projectMaterialsSlot({ db: h.db, id: project.id, slug: project.slug, locale: 'en', now: new Date() });
		expect(slot?.title).toBe('Learning materials');
		expect(slot?.items.map((i) => i.href).sort()).toEqual([
			'/en/biblioteka/socialais-uznemejs-video-atskats',
			'/en/biblioteka/socialas-uznemejdarbibas-rokasgramata',
			'/en/biblioteka/socialas-uznemejdarbibas-video-lekcijas'
		]);
		expect(slot?.items.every((i) => i.meta === 'Link' && i.lang === 'en')).toBe(true);
		const tour = await materialsOf(h.db, { eventId: seedUuid('event:lvmd-tour-vesuzis') }, 'ro');
		expect(tour).toEqual([{ slug: 'lielplatones-muizas-vesuzis', kind: 'virtual_tour', title: 'Tur virtual: spălătoria „Vešūzis” a conacului Lielplatone', lang: 'ro' }]);
		expect(await materialsOf(h.db, { eventId: seedUuid('event:nav-tada') }, 'lv')).toEqual([]);
	});
});
