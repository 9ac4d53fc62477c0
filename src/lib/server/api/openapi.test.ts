import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, OPERATIONS } from './openapi';

const doc = buildOpenApiDocument('https://tuvuma.test');

describe('OpenAPI document', () => {
	it('passes the Redocly recommended ruleset without errors or warnings', async () => {
		const config = await createConfig({
			extends: ['recommended'],
			rules: {
				// 4xx responses must be application/problem+json (RFC 9457, successor of 7807)
				'operation-4xx-problem-details-rfc7807': 'error',
				// the project has not chosen a licence for its data yet; add info.license when it does
				'info-license': 'off',
				'info-license-strict': 'off'
			}
		});
		const problems = await lintFromString({ source: JSON.stringify(doc, null, 2), absoluteRef: 'openapi.json', config });
		const report = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(', ')}`);
		expect(report).toEqual([]);
	});

	it('the linter does reject a broken document (the check above is not vacuous)', async () => {
		const config = await createConfig({ extends: ['recommended'] });
		const broken = structuredClone(doc) as { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
		broken.paths['/producers'].get.responses['200'] = { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Nope' } } } };
		const problems = await lintFromString({ source: JSON.stringify(broken), absoluteRef: 'openapi.json', config });
		expect(problems.filter((p) => p.severity === 'error').map((p) => p.ruleId)).toContain('no-unresolved-refs');
	});

	it('is OpenAPI 3.1 with a server under /api/v1', () => {
		expect(doc.openapi).toMatch(/^3\.1\./);
		expect(doc.servers).toEqual([{ url: 'https://tuvuma.test/api/v1', description: 'This server' }]);
	});

	it('documents every endpoint with lang, the problem responses and, for lists, pagination', () => {
		const paths = doc.paths as Record<string, { get: { parameters: { name: string }[]; responses: Record<string, unknown> } }>;
		for (const op of OPERATIONS) {
			const get = paths[op.path].get;
			const names = get.parameters.map((p) => p.name);
			expect(names, op.path).toContain('lang');
			expect(Object.keys(get.responses), op.path).toEqual(expect.arrayContaining(['200', '304', '400', '500']));
			if (op.slugOf) expect(get.responses['404'], op.path).toBeDefined();
			else expect(names, op.path).toEqual(expect.arrayContaining(['page', 'per_page']));
		}
		for (const path of [
			'/search',
			'/producers',
			'/producers/{slug}',
			'/sales-points',
			'/sales-points/{slug}',
			'/organisations',
			'/organisations/{slug}',
			'/places',
			'/places/{slug}',
			'/categories',
			'/municipalities',
			'/events',
			'/events/{slug}',
			'/projects',
			'/projects/{slug}',
			'/news',
			'/news/{slug}',
			'/exports/producers.csv',
			'/exports/producers.xlsx',
			'/exports/producers.geojson',
			'/openapi.json'
		]) {
			expect(paths[path], path).toBeDefined();
		}
	});

	it('keeps the precision rule in the Location schema: no address below exact, no locality at municipality', () => {
		const schemas = (doc.components as { schemas: Record<string, { oneOf?: { properties: Record<string, unknown> }[] }> }).schemas;
		const [exact, locality, municipality] = schemas.Location.oneOf ?? [];
		expect(Object.keys(exact.properties)).toEqual(expect.arrayContaining(['address', 'locality', 'point']));
		expect(Object.keys(locality.properties)).not.toContain('address');
		expect(Object.keys(municipality.properties)).not.toContain('address');
		expect(Object.keys(municipality.properties)).not.toContain('locality');
	});
});
