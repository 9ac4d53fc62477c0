import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capabilitiesOf, capabilityOf, findMutations, GUARD, guardArgumentCount, type Mutation } from './route-scan';
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

	it('a re-exported action or handler is followed to the file that defines it, and still caught when unguarded', () => {
		const dir = mkdtempSync(join(tmpdir(), 'guard-'));
		for (const sub of ['owner', 'org', 'api', 'shared', 'lost']) mkdirSync(join(dir, sub));
		writeFileSync(
			join(dir, 'owner', '+page.server.ts'),
			`export const load = async () => ({});
			export const actions = {
				save: async (event) => { await authorize(event, 'update:producer:own', () => scope(event)); return {}; },
				remove: async (event) => { await removeIt(event); }
			};`
		);
		writeFileSync(join(dir, 'org', '+page.server.ts'), `export { load, actions } from '../owner/+page.server';`);
		writeFileSync(join(dir, 'shared', 'handlers.ts'), `export async function POST() { return new Response(); }`);
		writeFileSync(join(dir, 'api', '+server.ts'), `export { POST } from '../shared/handlers';`);
		writeFileSync(join(dir, 'lost', '+page.server.ts'), `export { actions } from '$app/somewhere';`);
		const found = findMutations(dir).map((mu) => [mu.file.slice(dir.length + 1), mu.name, GUARD.test(mu.firstStatement)]);
		expect(found).toEqual([
			['api/+server.ts', 'POST', false],
			['lost/+page.server.ts', 'actions', false],
			['org/+page.server.ts', 'actions.save', true],
			['org/+page.server.ts', 'actions.remove', false],
			['owner/+page.server.ts', 'actions.save', true],
			['owner/+page.server.ts', 'actions.remove', false]
		]);
		expect(capabilityOf(findMutations(dir).find((mu) => mu.file.includes('org') && mu.name === 'actions.save')!)).toBe('update:producer:own');
	});

	const known = new Set(Object.values(PERMISSIONS).flatMap((perms) => perms.map((p) => p.split(':').slice(0, 2).join(':'))));

	/**
	 * Fallback handlers that only answer and change nothing: the shared 405 (api/http.ts) and the API's
	 * catch-all 404 (api/v1/[...rest]). Any other fallback must start with its guard like a POST.
	 */
	const ANSWER_ONLY = new Set(['methodNotAllowed', 'src/routes/api/v1/[...rest]/+server.ts missing']);
	const answersOnly = (mu: Mutation) => mu.name === 'fallback' && (ANSWER_ONLY.has(mu.firstStatement) || ANSWER_ONLY.has(`${mu.file} ${mu.firstStatement}`));
	/** Capabilities someone holds only on connected rows (own, territory, organisation). */
	const rowScoped = new Set(Object.values(PERMISSIONS).flatMap((perms) => perms.filter((p) => !p.endsWith(':any')).map((p) => p.split(':').slice(0, 2).join(':'))));

	it('fallback handlers are found, and a guarded one is told from one that only answers 405', () => {
		const fallbacks = mutations.filter((mu) => mu.name === 'fallback');
		expect(fallbacks.length).toBeGreaterThan(5);
		expect(fallbacks.filter((mu) => !answersOnly(mu)).map((mu) => mu.file)).toEqual([]);
	});

	it.each(mutations.filter((mu) => !answersOnly(mu)).map((mu) => [`${mu.file} ${mu.name}`, mu] as const))('%s', (_, mu) => {
		expect(mu.firstStatement, `${mu.file} ${mu.name} must begin with authorize(...)`).toMatch(GUARD);
		// own / territory / organisation reach is about a row: the guard must say which
		if (capabilitiesOf(mu).some((c) => rowScoped.has(c))) {
			expect(guardArgumentCount(mu), `${mu.file} ${mu.name} must pass the resource its capability's reach is checked on`).toBe(3);
		}
		const capabilities = capabilitiesOf(mu);
		expect(capabilities.length, `${mu.file} ${mu.name} must name its capability (a literal, or a function in DYNAMIC_CAPABILITIES)`).toBeGreaterThan(0);
		for (const capability of capabilities) {
			expect(capability).toMatch(/^[a-z_]+:[a-z_]+$/);
			expect(known.has(capability), `${capability} is not in PERMISSIONS (typo, or add a row)`).toBe(true);
		}
	});
});
