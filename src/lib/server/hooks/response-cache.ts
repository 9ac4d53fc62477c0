import type { Handle, RequestEvent } from '@sveltejs/kit';
import { sessionCookieName } from '../auth/better-auth';
import { matchesIfNoneMatch } from '../api/http';
import { config } from '../config/env';
import { db } from '../db/bootstrap';
import { currentSnapshot } from '../db/snapshot';
import { ResponseStore, type StoredResponse } from '../http/response-store';
import { pickEncoding } from './compression';

/**
 * The public pages and API reads every visitor gets alike. THE one place to let a route's
 * responses be shared: each must render from the database, the URL and the minute alone (no
 * cookie but the session's, no request header but Accept-Encoding) and must not write on GET.
 */
export const SHARED_ROUTES = new Set([
	'/[lang=lang]',
	'/[lang=lang]/razotaji',
	'/[lang=lang]/razotaji/[slug]',
	'/[lang=lang]/meklet',
	'/[lang=lang]/tirdzniecibas-vietas',
	'/[lang=lang]/tirdzniecibas-vietas/[slug]',
	'/[lang=lang]/organizacijas',
	'/[lang=lang]/organizacijas/[slug]',
	'/[lang=lang]/novadi',
	'/[lang=lang]/novadi/[slug]',
	'/[lang=lang]/regioni/[slug]',
	'/[lang=lang]/pasakumi',
	'/[lang=lang]/pasakumi/[slug]',
	'/[lang=lang]/projekti',
	'/[lang=lang]/projekti/[slug]',
	'/api/v1/search',
	'/api/v1/producers',
	'/api/v1/producers/[slug]'
]);

const MAX_KEY_LENGTH = 1024;

/**
 * Answers a repeated anonymous GET of a shared route with the bytes sent last time, as long as
 * the database shows the same transactions (db/snapshot.ts) and the minute is the same: any
 * write in any process, a job or an import starts a new generation, and "open now" moves on with
 * the clock. A hit costs one tiny query instead of the page's queries, rendering and compression
 * (decision 016). Signed-in people, form posts and data requests always go through.
 */
export const handleResponseCache: Handle = async ({ event, resolve }) => {
	const budget = config().RESPONSE_CACHE_MB * 1024 * 1024;
	if (budget === 0 || !shareable(event)) return resolve(event);
	const store = storeOf(budget);
	const generation = `${await currentSnapshot(db())}@${Math.floor(Date.now() / 60_000)}`;
	const key = `${pickEncoding(event.request.headers.get('accept-encoding')) ?? 'identity'} ${event.url.pathname}${event.url.search}`;
	const hit = store.get(generation, key);
	if (hit) return replay(event.request, hit);
	const response = await resolve(event);
	if (!storable(response)) return response;
	const stored: StoredResponse = { status: response.status, headers: [...response.headers], body: new Uint8Array(await response.arrayBuffer()) };
	store.put(generation, key, stored);
	return new Response(stored.body, { status: stored.status, headers: stored.headers });
};

function shareable(event: RequestEvent): boolean {
	return (
		event.request.method === 'GET' &&
		!event.isDataRequest &&
		SHARED_ROUTES.has(event.route.id ?? '') &&
		event.url.pathname.length + event.url.search.length <= MAX_KEY_LENGTH &&
		!event.cookies.get(sessionCookieName())
	);
}

function storable(response: Response): boolean {
	const type = response.headers.get('content-type') ?? '';
	return response.status === 200 && !response.headers.has('set-cookie') && (type.startsWith('text/html') || type.startsWith('application/json'));
}

function replay(request: Request, stored: StoredResponse): Response {
	const headers = new Headers(stored.headers);
	// bench/search-mix.ts counts answers given without searching by this
	headers.set('server-timing', 'response;desc="cache hit"');
	const etag = headers.get('etag');
	if (etag && matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
		headers.delete('content-type');
		headers.delete('content-length');
		return new Response(null, { status: 304, headers });
	}
	return new Response(stored.body, { status: stored.status, headers });
}

let store: ResponseStore | null = null;
function storeOf(budget: number): ResponseStore {
	if (!store || store.budget !== budget) store = new ResponseStore(budget);
	return store;
}
