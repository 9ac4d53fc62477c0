import type { Handle } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { matchesIfNoneMatch } from '../api/http';
import { config } from '../config/env';

/**
 * What `npm start` does itself because the embedded default runs without a proxy in front:
 * brotli/gzip for pages and JSON (static files are precompressed at build and served by
 * adapter-node), an ETag on every page so a revisit is a 304, and `Vary` saying what a response
 * depends on. `HTTP_COMPRESSION=off` leaves compression to a proxy; ETags stay.
 */
const COMPRESSIBLE = /^(text\/(html|plain|css|csv|xml|javascript)|application\/([a-z.+-]*json|[a-z.+-]*xml|javascript)|image\/svg\+xml)/;
/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 860;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
// quality 4 / level 6: near the best size at a fraction of the CPU of the maximum levels
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };

export type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts (q-values respected, q=0 refuses), or null for none. */
export function pickEncoding(acceptEncoding: string | null): Encoding | null {
	if (!acceptEncoding) return null;
	const q = new Map<string, number>();
	for (const part of acceptEncoding.toLowerCase().split(',')) {
		const [name, ...params] = part.trim().split(';');
		const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const value = weight ? Number(weight.slice(2)) : 1;
		q.set(name.trim(), Number.isFinite(value) ? value : 0);
	}
	const weight = (name: Encoding) => q.get(name) ?? (q.has('*') ? q.get('*')! : 0);
	const br = weight('br');
	const gz = weight('gzip');
	if (br > 0 && br >= gz) return 'br';
	return gz > 0 ? 'gzip' : null;
}

/** A validator of the uncompressed body, weak: the same page in any encoding is the same page. */
export const etagOf = (body: Uint8Array) => `W/"${createHash('sha1').update(body).digest('base64url')}"`;
const weak = (etag: string) => (etag.startsWith('W/') ? etag : `W/${etag}`);

function addVary(headers: Headers, name: string) {
	const vary = headers.get('vary');
	if (!vary) headers.set('vary', name);
	else if (!vary.toLowerCase().split(/\s*,\s*/).includes(name.toLowerCase())) headers.set('vary', `${vary}, ${name}`);
}

const encodingFor = (request: Request, bytes: number, opts: { compress: boolean }) =>
	opts.compress && bytes >= MIN_BYTES ? pickEncoding(request.headers.get('accept-encoding')) : null;

/**
 * A response that needs nothing of this but `Vary` (its length known, sent as it is) keeps its own
 * body: reading it back into a second Response cost an API answer ~0.2 ms (issue 14). Null when
 * its headers cannot be changed (a fetched response's): it then takes the copying path.
 */
function withVary(response: Response): Response | null {
	try {
		addVary(response.headers, 'Accept-Encoding');
		return response;
	} catch {
		return null;
	}
}

export async function finishResponse(request: Request, response: Response, opts: { compress: boolean }): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (
		request.method === 'HEAD' ||
		!response.body ||
		response.headers.has('content-encoding') ||
		!COMPRESSIBLE.test(type) ||
		/no-transform/.test(response.headers.get('cache-control') ?? '')
	) {
		return response;
	}
	const page = request.method === 'GET' && response.status === 200 && type.startsWith('text/html');
	const length = Number(response.headers.get('content-length') ?? NaN);
	const passed = !page && Number.isInteger(length) && !encodingFor(request, length, opts) ? withVary(response) : null;
	if (passed) return passed;
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	if (page) {
		// SvelteKit tags pages with a hash of the HTML; one made here covers any other page
		const etag = weak(headers.get('etag') ?? etagOf(body));
		headers.set('etag', etag);
		// a page may differ for a signed-in person: every use asks again, the ETag makes that cheap
		if (!headers.has('cache-control')) headers.set('cache-control', 'private, no-cache');
		addVary(headers, 'Cookie');
		addVary(headers, 'Accept-Encoding');
		if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
			headers.delete('content-type');
			headers.delete('content-length');
			return new Response(null, { status: 304, headers });
		}
	}
	const encoding = encodingFor(request, body.byteLength, opts);
	addVary(headers, 'Accept-Encoding');
	if (!encoding) {
		headers.set('content-length', String(body.byteLength));
		return new Response(body, { status: response.status, statusText: response.statusText, headers });
	}
	const packed = encoding === 'br' ? await brotli(body, BROTLI) : await gzipAsync(body, { level: 6 });
	headers.set('content-encoding', encoding);
	// a strong validator names exact bytes, which compression changes
	const etag = headers.get('etag');
	if (etag) headers.set('etag', weak(etag));
	headers.set('content-length', String(packed.byteLength));
	return new Response(new Uint8Array(packed), { status: response.status, statusText: response.statusText, headers });
}

export const handleCompression: Handle = async ({ event, resolve }) =>
	finishResponse(event.request, await resolve(event), { compress: config().HTTP_COMPRESSION === 'on' });
