import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO, signIn } from '../support/auth';

// several pages, a sign-up and mail per test: generous on a busy machine
test.describe.configure({ timeout: 90_000 });

/**
 * A sample of real mutations and admin pages as each demo user: allowed, 403, or (anonymous) sent to sign in.
 * The full actor × mutation matrix is src/lib/server/auth/authorization-matrix.test.ts.
 */
type Who = 'anonymous' | keyof typeof DEMO;
const ALLOWED_ADMIN_ONLY: Record<Who, 'ok' | 403 | 'sign-in'> = {
	anonymous: 'sign-in',
	member: 403,
	producer: 403,
	territoryEditor: 403,
	moderator: 403,
	admin: 'ok'
};

async function post(request: APIRequestContext, baseURL: string, path: string, form: Record<string, string>) {
	return request.post(path, {
		headers: { origin: baseURL, accept: 'text/html' },
		form,
		maxRedirects: 0
	});
}

for (const who of Object.keys(ALLOWED_ADMIN_ONLY) as Who[]) {
	test(`admin pages and admin mutations as ${who}`, async ({ page, baseURL }) => {
		if (who !== 'anonymous') await signIn(page, DEMO[who]);
		const want = ALLOWED_ADMIN_ONLY[who];
		for (const path of ['/lv/admin/lietotaji', '/lv/admin/pasts', '/lv/admin/zurnals', '/lv/admin/organizacijas']) {
			const res = await page.request.get(path, { maxRedirects: 0 });
			if (want === 'ok') expect(res.status(), path).toBe(200);
			else if (want === 403) expect(res.status(), path).toBe(403);
			else {
				expect(res.status(), path).toBe(303);
				expect(res.headers()['location']).toBe(`/lv/ienakt?next=${encodeURIComponent(path)}`);
			}
		}
		// granting the member role to the member account: harmless when it is allowed
		const grant = await post(page.request, baseURL!, '/lv/admin/lietotaji/demo-biedrs?/grant', { role: 'member' });
		// an organisation that does not exist: the permission is checked before anything is looked up
		const coverage = await post(page.request, baseURL!, '/lv/admin/organizacijas/nav-tadas-organizacijas?/coverage', { territory: '1' });
		const expectedStatus = { ok: [200, 404], 403: [403, 403], 'sign-in': [303, 303] }[want];
		expect([grant.status(), coverage.status()]).toEqual(expectedStatus);
	});
}

test('anonymous visitors are sent to sign in for account actions; a signed-in member may use them', async ({ page, baseURL }) => {
	const anon = await post(page.request, baseURL!, '/lv/konts?/signOutEverywhere', {});
	expect(anon.status()).toBe(303);
	expect(anon.headers()['location']).toMatch(/^\/lv\/ienakt\?next=/);
	const exportAnon = await page.request.get('/lv/konts/dati', { maxRedirects: 0 });
	expect(exportAnon.status()).toBe(303);
});
