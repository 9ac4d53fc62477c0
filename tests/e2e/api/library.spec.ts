import { expect, test } from '@playwright/test';
import { apiGet, expectInvalid } from './contract';

type Item = { slug: string; kind: string; name: string; url: string; is_demo: boolean; topics: { slug: string; name: string }[]; project?: { slug: string } };

// Issue 16: the learning library in the API, every body checked against the served OpenAPI document
test.describe('API: learning library', () => {
	test('lists the seed documents’ materials, filters them, and gives one item in Romanian', async ({ request }) => {
		const all = await apiGet<{ data: Item[]; meta: { total: number } }>(request, '/api/v1/library?per_page=100');
		expect(all.body.meta.total).toBe(7);
		expect(all.body.data.filter((i) => i.is_demo).map((i) => i.slug).sort()).toEqual(['dabigo-augu-skrubja-gatavosana', 'lielplatones-muizas-vesuzis', 'skalu-grozu-pisana', 'svetes-pils-atjaunosana']);
		const crafts = await apiGet<{ data: Item[] }>(request, '/api/v1/library?topic=amatnieciba&lang=en');
		expect(crafts.body.data.map((i) => i.name).sort()).toEqual(['Masterclass: a scrub from natural plants', 'Masterclass: weaving splint baskets']);
		const tours = await apiGet<{ data: Item[] }>(request, '/api/v1/library?kind=virtual_tour&organisation=lauku-partneriba-lielupe');
		expect(tours.body.data).toHaveLength(2);
		const one = await apiGet<{ data: Item }>(request, '/api/v1/library/svetes-pils-atjaunosana?lang=ro');
		expect(one.body.data.name).toBe('Tur virtual: restaurarea palatului Svēte');
		expect(one.body.data.url).toMatch(/\/ro\/biblioteka\/svetes-pils-atjaunosana$/);
		expect(one.body.data.project?.slug).toBe('atbalsts-moldovas-regionu-izaugsmei');
	});

	test('a filter that names nothing is a 400 naming it; an unknown item a 404', async ({ request }) => {
		await expectInvalid(request, '/api/v1/library?topic=nav-tadas-temas', ['topic']);
		await expectInvalid(request, '/api/v1/library?kind=podcast', ['kind']);
		await expectInvalid(request, '/api/v1/library?organisation=nav-tadas-organizacijas', ['organisation']);
		expect((await apiGet(request, '/api/v1/library/nav-tada-materiala')).status).toBe(404);
	});
});
