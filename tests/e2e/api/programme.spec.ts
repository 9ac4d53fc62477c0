import { expect, test } from '@playwright/test';
import { apiGet, expectInvalid } from './contract';

type Json = Record<string, unknown>;
type Project = Json & { type: string; slug: string; name: string; url: string; phase: string; organisation: { slug: string } };
type News = Json & { slug: string; name: string; lang: string; url: string; project?: { slug: string } };

test.describe('API: projects and news', () => {
	test('lists projects, filters them, and every body matches the OpenAPI document', async ({ request }) => {
		const all = await apiGet<{ data: Project[]; meta: { total: number } }>(request, '/api/v1/projects?per_page=100');
		expect(all.status).toBe(200);
		expect(all.body.data.map((p) => p.slug)).toEqual(
			expect.arrayContaining(['veiksmigs-socialais-uznemejs-lauku-teritorija', 'atbalsts-moldovas-regionu-izaugsmei', 'coworking-spaces-in-rural-areas', 'here-social-economy-of-proximity'])
		);
		const pieriga = await apiGet<{ data: Project[] }>(request, '/api/v1/projects?organisation=pierigas-partneriba&phase=past&per_page=100');
		expect(pieriga.body.data.map((p) => p.slug)).toEqual(expect.arrayContaining(['coworking-spaces-in-rural-areas', 'veiksmigs-socialais-uznemejs-lauku-teritorija']));
		expect(pieriga.body.data.every((p) => p.phase === 'past')).toBe(true);
		const soroca = await apiGet<{ data: Project[] }>(request, '/api/v1/projects?municipality=soroca-rajons&lang=ro');
		expect(soroca.body.data.map((p) => p.slug)).toEqual(['atbalsts-moldovas-regionu-izaugsmei']);
		expect(soroca.body.data[0].url).toMatch(/\/ro\/projekti\/atbalsts-moldovas-regionu-izaugsmei$/);
		expect(soroca.body.data[0].name).toMatch(/^Sprijin pentru creșterea regiunilor/);
	});

	test('one project with partners, territories, results and its news feed; no personal data', async ({ request }) => {
		const { status, body, res } = await apiGet<{ data: Project & { partners: Json[]; results: Json[]; territories: Json[]; feed_url: string; number: string } }>(
			request,
			'/api/v1/projects/veiksmigs-socialais-uznemejs-lauku-teritorija?lang=en'
		);
		expect(status).toBe(200);
		expect(res.headers()['content-language']).toBe('en');
		expect(body.data).toMatchObject({ type: 'project', number: '19-00-A019.332-000009', phase: 'past', organisation: { slug: 'pierigas-partneriba' } });
		expect(body.data.partners).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'lead', name: 'Partnerība „Daugavkrasts”', country: 'LV' })]));
		expect(body.data.results).toEqual(expect.arrayContaining([{ value: 15, unit: '%', label: 'of participants came to several or all events', label_lang: 'en' }]));
		expect(body.data.feed_url).toMatch(/\/en\/projekti\/veiksmigs-socialais-uznemejs-lauku-teritorija\/zinas\.atom$/);
		const raw = await res.text();
		expect(raw).not.toMatch(/@demo\.tuvuma\.lv|created_by|author/);
		await apiGet(request, '/api/v1/projects/veiksmigs-socialais-uznemejs-lauku-teritorija?lang=en', { 'if-none-match': res.headers()['etag'] }).then((r) => expect(r.status).toBe(304));
	});

	test('news: newest first, filtered by project, one post with sanitized HTML', async ({ request }) => {
		const list = await apiGet<{ data: News[] }>(request, '/api/v1/news?project=atbalsts-moldovas-regionu-izaugsmei');
		expect(list.body.data.map((n) => [n.slug, n.lang])).toEqual(
			expect.arrayContaining([
				['latvija-moldova-virtuala-viesosanas', 'lv'],
				['latvija-moldova-virtuala-viesosanas-ro', 'ro']
			])
		);
		expect(list.body.data.every((n) => n.project?.slug === 'atbalsts-moldovas-regionu-izaugsmei')).toBe(true);
		const one = await apiGet<{ data: News & { body_html: string } }>(request, '/api/v1/news/latvija-moldova-virtuala-viesosanas');
		expect(one.body.data.body_html).toContain('<strong>12 vebināri</strong>');
		expect(one.body.data.body_html).not.toMatch(/<script/i);
	});

	test('bad filters are a 400 naming the parameter; unknown slugs a 404', async ({ request }) => {
		await expectInvalid(request, '/api/v1/projects?phase=soon', ['phase']);
		await expectInvalid(request, '/api/v1/projects?organisation=nav-tadas-organizacijas', ['organisation']);
		await expectInvalid(request, '/api/v1/projects?municipality=nav-tada-novada', ['municipality']);
		await expectInvalid(request, '/api/v1/news?project=nav-tada-projekta', ['project']);
		await expectInvalid(request, '/api/v1/news?per_page=1000', ['per_page']);
		expect((await apiGet(request, '/api/v1/projects/nav-tada-projekta')).status).toBe(404);
		expect((await apiGet(request, '/api/v1/news/nav-tadas-zinas')).status).toBe(404);
	});
});
