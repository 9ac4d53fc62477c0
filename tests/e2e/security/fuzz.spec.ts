import { expect, test, type APIRequestContext } from '@playwright/test';
import { join } from 'node:path';
import { findMutations, listRoutes, type Route } from '../../../src/lib/server/auth/route-scan';
import { DEMO, signIn } from '../support/auth';

/**
 * Malformed input on every route the route scanner finds — pages, endpoints, form actions — as an
 * anonymous visitor and as the admin (who reaches the most): hostile path parameters, query
 * values and bodies must get a 4xx (or a normal page), never a 5xx.
 */
const ROOT = join(process.cwd(), 'src', 'routes');
const routes = listRoutes(ROOT);
const mutations = findMutations(ROOT);

/** Values for a dynamic path segment: NUL, non-UTF-8, too long, traversal, SQL-ish, not-a-UUID, numbers out of range. */
const HOSTILE_SEGMENTS = ['a%00b', '%00', '%FF%FE', 'x'.repeat(3000), '..%2F..%2Fetc%2Fpasswd', "'%3B--", '00000000-0000-0000-0000-000000000000', '-1', '1e309', '%F0%9F%98%80'];
/** Query parameters the routes read, each with hostile values. */
const QUERY_KEYS = ['q', 'page', 'per_page', 'kam', 'novads', 'tips', 'municipality', 'region', 'category', 'kind', 'label', 'sort', 'lang', 'type', 'slug', 'next', 'token', 'lat', 'lng', 'zoom', 'bbox', 'darbiba', 'lietotajs', 'no', 'lidz', 'vecums', 'open', 'near', 'id'];
const HOSTILE_VALUES = ['%00', 'a%00b', '-1', '99999999999999999999', 'NaN', '%FF', 'x'.repeat(2000), '[]', '{"a":1}'];

function concretePaths(route: Route, segmentValue: string): string {
	return route.pattern
		.replace('[lang=lang]', 'lv')
		.replace(/\[\.\.\.\w+\]/g, segmentValue)
		.replace(/\[(\w+)(=\w+)?\]/g, segmentValue)
		.replace(/\/$/, '') || '/';
}

function urlsOf(route: Route): string[] {
	const dynamic = /\[/.test(route.pattern.replace('[lang=lang]', ''));
	const base = concretePaths(route, 'x');
	const urls = dynamic ? HOSTILE_SEGMENTS.map((v) => concretePaths(route, v)) : [base];
	const withQuery = HOSTILE_VALUES.map((v) => `${base}?${QUERY_KEYS.map((k) => `${k}=${v}`).join('&')}`);
	return [...urls, ...withQuery];
}

/** Form-action URL of a mutation found by the scanner. */
function actionUrl(file: string, name: string): string {
	const route = routes.find((r) => r.file === file || join(r.file, '..') === join(file, '..'))!;
	const path = concretePaths(route, '00000000-0000-0000-0000-000000000000');
	if (!name.startsWith('actions.')) return path;
	const action = name.slice('actions.'.length);
	return action === 'default' ? path : `${path}?/${action}`;
}

/** Bodies a browser would never send, or would send with a hostile value in every usual field. */
function hostileBodies(origin: string): { headers: Record<string, string>; data: string | Buffer }[] {
	const fields = ['email', 'password', 'name', 'q', 'message', 'role', 'organisationId', 'roleId', 'claimId', 'token', 'next', 'municipalityId', 'categoryIds', 'confirm', 'sheet', 'asStatus', 'decision', 'reason', 'comment'];
	const form = (v: string) => new URLSearchParams(fields.map((f) => [f, v])).toString();
	// as a browser sends a form (not enhanced): answers are pages with the real status
	const h = (type: string) => ({ origin, 'content-type': type, accept: 'text/html' });
	return [
		{ headers: h('text/plain'), data: 'email=a@b.lv&password=x' },
		{ headers: h('multipart/form-data'), data: 'email=a@b.lv' },
		{ headers: h('multipart/form-data; boundary=XYZ'), data: '--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nbroken' },
		{ headers: h('application/x-www-form-urlencoded'), data: form('a\u0000b') },
		{ headers: h('application/x-www-form-urlencoded'), data: form('x'.repeat(5000)) },
		{ headers: h('application/x-www-form-urlencoded'), data: form('-1') },
		{ headers: h('application/x-www-form-urlencoded'), data: form('99999999999999999999') },
		{ headers: h('application/x-www-form-urlencoded'), data: form('00000000-0000-4000-8000-000000000000') },
		{ headers: h('application/x-www-form-urlencoded'), data: '%%%&&&==' },
		{ headers: h('application/json'), data: '{"email":' }
	];
}

async function expectNo5xx(request: APIRequestContext, method: 'GET' | 'POST', url: string, body?: { headers: Record<string, string>; data: string | Buffer }) {
	const response = method === 'GET' ? await request.get(url, { maxRedirects: 0 }) : await request.post(url, { ...body, maxRedirects: 0 });
	return { url: `${method} ${url.slice(0, 160)}${body ? ` [${body.headers['content-type']}]` : ''}`, status: response.status() };
}

// the whole scan: a few thousand requests
test.describe.configure({ timeout: 600_000 });

for (const who of ['anonymous', 'admin'] as const) {
	test(`no route answers malformed input with a 5xx (${who})`, async ({ page, baseURL }) => {
		if (who === 'admin') await signIn(page, DEMO.admin);
		const request = page.request;
		const failures: { url: string; status: number }[] = [];
		const check = async (r: Promise<{ url: string; status: number }>) => {
			const result = await r;
			if (result.status >= 500) failures.push(result);
		};
		for (const route of routes) {
			for (const url of urlsOf(route)) await check(expectNo5xx(request, 'GET', url));
		}
		for (const m of mutations) {
			// signing out or deleting the account would end the admin's session for the rest of the scan
			if (who === 'admin' && /konts|ienakt/.test(m.file)) continue;
			const url = actionUrl(m.file, m.name);
			for (const body of hostileBodies(baseURL!)) await check(expectNo5xx(request, 'POST', url, body));
		}
		expect(failures).toEqual([]);
		expect(routes.length).toBeGreaterThan(60);
		expect(mutations.length).toBeGreaterThan(20);
	});
}
