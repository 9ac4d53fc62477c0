import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capabilityOf, findMutations, GUARD } from './route-scan';
import { PERMISSIONS } from './permissions';

/**
 * Every mutation — a form action in +page.server.ts or a POST/PUT/PATCH/DELETE handler in
 * +server.ts — must begin with a permission check (`await authorize(event, 'action:entity')`) naming
 * a capability that the PERMISSIONS table knows, so a new mutation without one fails this test
 * rather than reaching production.
 */
describe('every mutation starts with a permission check', () => {
	const mutations = findMutations('src/routes');

	it('the scanner finds form actions and mutating handlers and tells guarded from unguarded', () => {
		const dir = mkdtempSync(join(tmpdir(), 'guard-'));
		mkdirSync(join(dir, 'a'));
		writeFileSync(
			join(dir, 'a', '+page.server.ts'),
			`export const actions = {
				save: async (event) => { await authorize(event, 'update:producer:own'); return {}; },
				remove: async ({ request }) => { const f = await request.formData(); return {}; }
			};`
		);
		writeFileSync(join(dir, '+server.ts'), `export async function POST(event) { return new Response(); }\nexport const GET = () => new Response();`);
		const found = findMutations(dir).map((mu) => [mu.name, GUARD.test(mu.firstStatement), capabilityOf(mu)]);
		expect(found).toEqual([
			['POST', false, null],
			['actions.save', true, 'update:producer:own'],
			['actions.remove', false, null]
		]);
	});

	const known = new Set(Object.values(PERMISSIONS).flatMap((perms) => perms.map((p) => p.split(':').slice(0, 2).join(':'))));

	it.each(mutations.map((mu) => [`${mu.file} ${mu.name}`, mu] as const))('%s', (_, mu) => {
		expect(mu.firstStatement, `${mu.file} ${mu.name} must begin with authorize(...)`).toMatch(GUARD);
		const capability = capabilityOf(mu);
		expect(capability, `${mu.file} ${mu.name} must name its capability as a string literal`).toMatch(/^[a-z_]+:[a-z_]+$/);
		expect(known.has(capability!), `${capability} is not in PERMISSIONS (typo, or add a row)`).toBe(true);
	});
});
