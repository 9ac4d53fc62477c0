import { createHash } from 'node:crypto';
import type { RequestEvent, RequestHandler } from '@sveltejs/kit';
import type { ParamError } from './params';
import type { ProblemBody, ProblemTypeBody } from './schemas';
import { config } from '$lib/server/config/env';
import { publicOrigin } from './urls';

/**
 * HTTP side of the public API: read-only CORS, ETag / If-None-Match, caching, and RFC 9457 problem
 * responses. Routes wrap their work in `respond()`, which turns anything unexpected into a 500
 * problem without internals (the error itself is logged).
 */

export const CACHE_CONTROL = 'public, max-age=60';
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

const CORS = {
	'Access-Control-Allow-Origin': '*',
	'Access-Control-Expose-Headers': 'ETag, Cache-Control, Content-Language'
} as const;

/** A strong validator: the same body always gets the same tag, whichever process served it. */
export function etagOf(body: string): string {
	return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** If-None-Match matching uses the weak comparison (RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
	if (!header) return false;
	if (header.trim() === '*') return true;
	const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
	return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

export type ProblemKind = 'invalid-parameters' | 'not-found' | 'method-not-allowed' | 'internal-error';

export const PROBLEM_TYPES: Record<ProblemKind, Omit<ProblemTypeBody, 'type'>> = {
	'invalid-parameters': {
		title: 'Invalid parameters',
		status: 400,
		description: 'One or more query parameters are malformed, out of range or name nothing that exists; `errors` lists each of them.'
	},
	'not-found': {
		title: 'Not found',
		status: 404,
		description: 'There is no published listing with this slug, or no such API path.'
	},
	'method-not-allowed': {
		title: 'Method not allowed',
		status: 405,
		description: 'The API is read-only: only GET, HEAD and OPTIONS are answered.'
	},
	'internal-error': {
		title: 'Internal error',
		status: 500,
		description: 'Something failed on the server. The request may succeed later; the error has been logged.'
	}
};

export function isProblemKind(value: string): value is ProblemKind {
	return Object.hasOwn(PROBLEM_TYPES, value);
}

export const problemTypeUrl = (origin: string, kind: ProblemKind) => `${origin}/api/v1/problems/${kind}`;

export type Outcome =
	| { kind: 'json'; body: unknown; contentLanguage?: string }
	| { kind: 'problem'; problem: ProblemKind; detail: string; errors?: ParamError[] };

export const ok = (body: unknown, contentLanguage?: string): Outcome => ({ kind: 'json', body, contentLanguage });
export const invalid = (errors: ParamError[]): Outcome => ({
	kind: 'problem',
	problem: 'invalid-parameters',
	detail: errors.map((e) => `${e.param}: ${e.message}`).join('; '),
	errors
});
export const notFound = (detail: string, errors: ParamError[] = []): Outcome => ({ kind: 'problem', problem: 'not-found', detail, errors });

export type ApiContext = { event: RequestEvent; origin: string; url: URL };

/** The request URL on the public origin (for `links.self` and the problem `instance`). */
function contextOf(event: RequestEvent): ApiContext {
	const origin = publicOrigin(config().PUBLIC_BASE_URL, event.url.origin);
	return { event, origin, url: new URL(event.url.pathname + event.url.search, origin) };
}

export function jsonResponse(request: Request, body: unknown, contentLanguage?: string): Response {
	const text = JSON.stringify(body);
	const etag = etagOf(text);
	const headers: Record<string, string> = {
		...CORS,
		'Cache-Control': CACHE_CONTROL,
		ETag: etag,
		...(contentLanguage ? { 'Content-Language': contentLanguage } : {})
	};
	if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
	// its length said here lets the compression hook pass it on as it is when it is sent uncompressed
	return new Response(text, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)) } });
}

export function problemResponse(
	ctx: { origin: string; url: URL },
	kind: ProblemKind,
	detail: string,
	errors: ParamError[] = [],
	extraHeaders: Record<string, string> = {}
): Response {
	const { title, status } = PROBLEM_TYPES[kind];
	const body: ProblemBody = {
		type: problemTypeUrl(ctx.origin, kind),
		title,
		status,
		detail,
		instance: ctx.url.pathname + ctx.url.search,
		errors
	};
	return new Response(JSON.stringify(body), {
		status,
		headers: { ...CORS, 'Cache-Control': 'no-store', 'Content-Type': 'application/problem+json; charset=utf-8', ...extraHeaders }
	});
}

/**
 * Runs a GET handler: its outcome becomes a cached JSON body or a problem; a thrown error becomes
 * a 500 problem that says nothing about the cause.
 */
export function respond(run: (ctx: ApiContext) => Promise<Outcome>): RequestHandler {
	return async (event) => {
		let ctx: ApiContext = { event, origin: event.url.origin, url: event.url };
		try {
			ctx = contextOf(event);
			const outcome = await run(ctx);
			if (outcome.kind === 'json') return jsonResponse(event.request, outcome.body, outcome.contentLanguage);
			return problemResponse(ctx, outcome.problem, outcome.detail, outcome.errors);
		} catch (e) {
			console.error(`API ${event.request.method} ${event.url.pathname}${event.url.search} failed`, e);
			return problemResponse(ctx, 'internal-error', 'The request could not be answered.');
		}
	};
}

/** CORS preflight for the read-only methods. Requested headers are echoed: no credentials are ever accepted. */
export const preflight: RequestHandler = ({ request }) => {
	const requested = request.headers.get('access-control-request-headers');
	const headers: Record<string, string> = {
		...CORS,
		'Access-Control-Allow-Methods': ALLOWED_METHODS,
		'Access-Control-Max-Age': '86400',
		Vary: 'Access-Control-Request-Headers'
	};
	if (requested && /^[\w\s,-]+$/.test(requested)) headers['Access-Control-Allow-Headers'] = requested;
	return new Response(null, { status: 204, headers });
};

/** Any other method on an API path (SvelteKit's `fallback` export). */
export const methodNotAllowed: RequestHandler = (event) =>
	problemResponse(contextOf(event), 'method-not-allowed', `${event.request.method} is not supported; the API is read-only.`, [], {
		Allow: ALLOWED_METHODS
	});
