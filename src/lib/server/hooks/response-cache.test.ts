import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';

const state = vi.hoisted(() => ({ snapshot: '10:10:', budgetMb: 16 }));
vi.mock('../db/bootstrap', () => ({ db: () => ({}) }));
vi.mock('../db/snapshot', () => ({ currentSnapshot: async () => state.snapshot }));
vi.mock('../auth/better-auth', () => ({ sessionCookieName: () => 'tuvuma.session_token' }));
vi.mock('../config/env', () => ({ config: () => ({ RESPONSE_CACHE_MB: state.budgetMb }) }));

const { handleResponseCache } = await import('./response-cache');

type Options = { method?: string; route?: string; path?: string; headers?: Record<string, string>; session?: boolean; dataRequest?: boolean };
function eventOf({ method = 'GET', route = '/[lang=lang]/razotaji/[slug]', path = '/lv/razotaji/kalnmuizas', headers = {}, session = false, dataRequest = false }: Options = {}) {
	const url = new URL(`http://127.0.0.1${path}`);
	return {
		request: new Request(url, { method, headers }),
		url,
		route: { id: route },
		isDataRequest: dataRequest,
		cookies: { get: (name: string) => (session && name === 'tuvuma.session_token' ? 'abc' : undefined) }
	} as unknown as RequestEvent;
}

let renders = 0;
const page = (extra: Record<string, string> = {}) =>
	vi.fn(async () => {
		renders++;
		return new Response(`<p>render ${renders}</p>`, { headers: { 'content-type': 'text/html', etag: 'W/"p"', ...extra } });
	});
const run = (event: RequestEvent, resolve = page()) => handleResponseCache({ event, resolve } as never);

beforeEach(() => {
	// a new budget gives a new, empty store
	state.budgetMb = 8 + ((state.budgetMb + 1) % 8);
	state.snapshot = `${Math.random()}`;
	renders = 0;
});
afterEach(() => vi.useRealTimers());

describe('the shared response cache', () => {
	it('renders a public page once for anonymous visitors while the data stays the same, then again after a write', async () => {
		const first = await run(eventOf());
		expect(await first.text()).toBe('<p>render 1</p>');
		const second = await run(eventOf());
		expect(await second.text()).toBe('<p>render 1</p>');
		expect(second.headers.get('server-timing')).toMatch(/cache hit/);
		expect(second.headers.get('content-type')).toBe('text/html');
		state.snapshot = 'after a write';
		expect(await (await run(eventOf())).text()).toBe('<p>render 2</p>');
	});

	it('renders again when the minute changes ("open now" moves with the clock)', async () => {
		vi.useFakeTimers({ now: new Date('2026-12-06T10:00:10Z'), toFake: ['Date'] });
		await run(eventOf());
		vi.setSystemTime(new Date('2026-12-06T10:01:00Z'));
		expect(await (await run(eventOf())).text()).toBe('<p>render 2</p>');
	});

	it('keeps each encoding apart and answers a matching If-None-Match with 304', async () => {
		await run(eventOf({ headers: { 'accept-encoding': 'br' } }));
		expect(await (await run(eventOf({ headers: { 'accept-encoding': 'gzip' } }))).text()).toBe('<p>render 2</p>');
		const revisit = await run(eventOf({ headers: { 'accept-encoding': 'br', 'if-none-match': 'W/"p"' } }));
		expect(revisit.status).toBe(304);
		expect(renders).toBe(2);
	});

	it('always renders for signed-in people, posts, data requests, other routes and when switched off', async () => {
		const cases: Options[] = [{ session: true }, { method: 'POST' }, { dataRequest: true }, { route: '/[lang=lang]/konts', path: '/lv/konts' }];
		for (const options of cases) {
			await run(eventOf(options));
			await run(eventOf(options));
		}
		expect(renders).toBe(8);
		state.budgetMb = 0;
		await run(eventOf());
		await run(eventOf());
		expect(renders).toBe(10);
	});

	it('keeps nothing that sets a cookie or is not a 200 page', async () => {
		await run(eventOf(), page({ 'set-cookie': 'a=b' }));
		await run(eventOf(), page({ 'set-cookie': 'a=b' }));
		const missing = vi.fn(async () => new Response('nope', { status: 404, headers: { 'content-type': 'text/html' } }));
		await run(eventOf(), missing);
		await run(eventOf(), missing);
		expect(renders + missing.mock.calls.length).toBe(4);
	});
});
