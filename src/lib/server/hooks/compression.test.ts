import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { finishResponse, pickEncoding } from './compression';

const page = '<!doctype html><html><body>' + '<p>Mājražotāji tuvumā</p>'.repeat(200) + '</body></html>';
const html = (body = page, headers: Record<string, string> = {}) =>
	new Response(body, { headers: { 'content-type': 'text/html', ...headers } });
const get = (headers: Record<string, string> = {}) => new Request('http://x/lv', { headers });

describe('response compression', () => {
	it('prefers brotli, honours q-values and refusals', () => {
		expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(pickEncoding('gzip;q=1, br;q=0.5')).toBe('gzip');
		expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
		expect(pickEncoding('identity')).toBeNull();
		expect(pickEncoding('*')).toBe('br');
		expect(pickEncoding(null)).toBeNull();
	});

	it('compresses a page the browser accepts brotli for, and says it varies by encoding', async () => {
		const res = await finishResponse(get({ 'accept-encoding': 'gzip, br' }), html(), { compress: true });
		expect(res.headers.get('content-encoding')).toBe('br');
		expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
		const packed = new Uint8Array(await res.arrayBuffer());
		expect(packed.byteLength).toBeLessThan(page.length / 5);
		expect(Number(res.headers.get('content-length'))).toBe(packed.byteLength);
		expect(brotliDecompressSync(packed).toString()).toBe(page);
	});

	it('gzip for JSON; nothing for a client that accepts none, or when switched off', async () => {
		const json = () => new Response(JSON.stringify({ items: Array(100).fill({ name: 'Medus' }) }), { headers: { 'content-type': 'application/json' } });
		const gz = await finishResponse(get({ 'accept-encoding': 'gzip' }), json(), { compress: true });
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(JSON.parse(gunzipSync(new Uint8Array(await gz.arrayBuffer())).toString()).items).toHaveLength(100);
		const plain = await finishResponse(get(), json(), { compress: true });
		expect(plain.headers.has('content-encoding')).toBe(false);
		const off = await finishResponse(get({ 'accept-encoding': 'br' }), html(), { compress: false });
		expect(off.headers.has('content-encoding')).toBe(false);
		expect(await off.text()).toBe(page);
	});

	it('leaves event streams, small bodies and HEAD alone', async () => {
		const stream = new Response('data: 1\n\n'.repeat(200), { headers: { 'content-type': 'text/event-stream' } });
		expect((await finishResponse(get({ 'accept-encoding': 'br' }), stream, { compress: true })).headers.has('content-encoding')).toBe(false);
		const small = await finishResponse(get({ 'accept-encoding': 'br' }), html('<p>ok</p>'), { compress: true });
		expect(small.headers.has('content-encoding')).toBe(false);
		const head = new Request('http://x/lv', { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
		expect((await finishResponse(head, html(), { compress: true })).headers.has('content-encoding')).toBe(false);
	});

	it('gives pages an ETag and answers a revisit with 304 and no body', async () => {
		const first = await finishResponse(get({ 'accept-encoding': 'br' }), html(), { compress: true });
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^W\/"/);
		expect(first.headers.get('cache-control')).toBe('private, no-cache');
		const again = await finishResponse(get({ 'accept-encoding': 'gzip', 'if-none-match': etag }), html(), { compress: true });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		const changed = await finishResponse(get({ 'if-none-match': etag }), html(page + ' '), { compress: true });
		expect(changed.status).toBe(200);
		// SvelteKit's own page ETag is kept, made weak (it names the page, not the compressed bytes)
		const tagged = await finishResponse(get({ 'if-none-match': '"x", "kit1"' }), html(page, { etag: '"kit1"' }), { compress: true });
		expect(tagged.status).toBe(304);
		expect(tagged.headers.get('etag')).toBe('W/"kit1"');
	});

	it('passes an answer of known length that stays uncompressed on as it is, saying it varies by encoding', async () => {
		const text = JSON.stringify({ name: 'Mājražotāji' }).repeat(100);
		const bytes = String(Buffer.byteLength(text));
		const answer = () => new Response(text, { headers: { 'content-type': 'application/json', 'content-length': bytes } });
		const plain = answer();
		const passed = await finishResponse(get(), plain, { compress: true });
		expect(passed).toBe(plain);
		expect(passed.headers.get('vary')).toBe('Accept-Encoding');
		expect(passed.headers.get('content-length')).toBe(bytes);
		expect(await passed.text()).toBe(text);
		// one a browser takes compressed is still compressed, its length the compressed one's
		const br = await finishResponse(get({ 'accept-encoding': 'br' }), answer(), { compress: true });
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(new Uint8Array(await br.arrayBuffer())).toString()).toBe(text);
		// headers that cannot be changed (a fetched response's): copied, and the copy varies
		const fixed = answer();
		const headers = new Headers(fixed.headers);
		Object.defineProperty(fixed, 'headers', { value: Object.assign(headers, { set: () => { throw new TypeError('immutable'); } }) });
		const copied = await finishResponse(get(), fixed, { compress: true });
		expect(copied).not.toBe(fixed);
		expect(copied.headers.get('vary')).toBe('Accept-Encoding');
		expect(await copied.text()).toBe(text);
	});

	it('keeps the caching a route set itself (the API), its ETag made weak once compressed', async () => {
		const api = new Response(JSON.stringify({ a: 'x'.repeat(2000) }), {
			headers: { 'content-type': 'application/json', etag: '"v1"', 'cache-control': 'public, max-age=60' }
		});
		const res = await finishResponse(get({ 'accept-encoding': 'br' }), api, { compress: true });
		expect(res.headers.get('etag')).toBe('W/"v1"');
		expect(res.headers.get('cache-control')).toBe('public, max-age=60');
	});
});
