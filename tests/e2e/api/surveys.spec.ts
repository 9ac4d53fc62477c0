import { expect, test } from '@playwright/test';
import { apiGet } from './contract';

type Results = { respondents: number; questions: { id: string; n: number; multiple_answers?: boolean; options?: { label: string; count: number; percent?: number }[] }[]; quotes: unknown[] };

// Issue 16: published survey results in the API, every body checked against the served OpenAPI document
test.describe('API: survey results', () => {
	test('gives a published survey’s counts and percentages with their bases', async ({ request }) => {
		const res = await apiGet<{ data: Results }>(request, '/api/v1/surveys/socialas-uznemejdarbibas-projekta-aptauja/results?lang=en');
		expect(res.body.data.respondents).toBe(169);
		const useful = res.body.data.questions.find((q) => q.id === 'useful')!;
		expect(useful.multiple_answers).toBe(true);
		expect(useful.options!.map((o) => `${o.label} ${o.percent} % (${o.count})`)).toEqual(['Video lectures and handbook 52 % (88)', 'Introductory events 44 % (74)', 'Business-idea lab 33 % (56)']);
		expect(res.body.data.questions.map((q) => q.id)).not.toContain('comment');
	});

	test('the demo survey: 46 % widened their view; 52 / 44 / 33 % found the lectures, the events and the lab most useful', async ({ request }) => {
		const res = await apiGet<{ data: Results }>(request, '/api/v1/surveys/socialais-uznemejs-nosleguma-aptauja/results');
		expect(res.body.data.respondents).toBe(169);
		const [q1, q2] = res.body.data.questions;
		expect(q1.options![0].percent).toBe(46);
		expect(q2.options!.slice(0, 3).map((o) => o.percent)).toEqual([52, 44, 33]);
	});

	test('a survey whose results are not published, or none at all, is a 404', async ({ request }) => {
		expect((await apiGet(request, '/api/v1/surveys/nav-tadas-aptaujas/results')).status).toBe(404);
	});
});
