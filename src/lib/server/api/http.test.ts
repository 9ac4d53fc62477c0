import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { etagOf, jsonResponse, matchesIfNoneMatch, ok, problemResponse, respond } from './http';

const eventFor = (url: string) => ({ url: new URL(url), request: new Request(url), params: {} }) as unknown as RequestEvent;

describe('ETag and If-None-Match', () => {
	it('hashes the body: same body, same tag', () => {
		expect(etagOf('{"a":1}')).toBe(etagOf('{"a":1}'));
		expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
		expect(etagOf('x')).toMatch(/^"[\w-]+"$/);
	});

	it('matches a tag in a list, the weak form and *', () => {
		const tag = etagOf('x');
		expect(matchesIfNoneMatch(tag, tag)).toBe(true);
		expect(matchesIfNoneMatch(`"a", W/${tag}`, tag)).toBe(true);
		expect(matchesIfNoneMatch('*', tag)).toBe(true);
		expect(matchesIfNoneMatch('"a"', tag)).toBe(false);
		expect(matchesIfNoneMatch(null, tag)).toBe(false);
	});

	it('answers 304 without a body, with the caching and CORS headers', async () => {
		const first = jsonResponse(new Request('http://x/api/v1/categories'), { data: [] });
		expect(first.status).toBe(200);
		const etag = first.headers.get('etag') ?? '';
		const second = jsonResponse(new Request('http://x/api/v1/categories', { headers: { 'If-None-Match': etag } }), { data: [] });
		expect(second.status).toBe(304);
		expect(await second.text()).toBe('');
		expect(second.headers.get('cache-control')).toBe('public, max-age=60');
		expect(second.headers.get('access-control-allow-origin')).toBe('*');
	});
});

describe('problem responses', () => {
	it('are application/problem+json with type, title, status, detail, instance and errors', async () => {
		const res = problemResponse({ origin: 'https://t.lv', url: new URL('https://t.lv/api/v1/producers?page=0') }, 'invalid-parameters', 'page: must be at least 1', [
			{ param: 'page', message: 'must be at least 1' }
		]);
		expect(res.status).toBe(400);
		expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
		expect(await res.json()).toEqual({
			type: 'https://t.lv/api/v1/problems/invalid-parameters',
			title: 'Invalid parameters',
			status: 400,
			detail: 'page: must be at least 1',
			instance: '/api/v1/producers?page=0',
			errors: [{ param: 'page', message: 'must be at least 1' }]
		});
	});
});

describe('respond()', () => {
	it('turns a thrown error into a 500 problem that says nothing about it, and logs it', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const handler = respond(async () => {
			throw new Error('relation "secret_table" does not exist');
		});
		const res = await handler(eventFor('http://x/api/v1/producers'));
		expect(res.status).toBe(500);
		expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		const text = await res.text();
		expect(text).not.toContain('secret_table');
		expect(JSON.parse(text)).toMatchObject({ status: 500, title: 'Internal error', errors: [] });
		expect(log).toHaveBeenCalled();
		log.mockRestore();
	});

	it('serves a JSON outcome with caching headers', async () => {
		const res = await respond(async () => ok({ data: [] }, 'en'))(eventFor('http://x/api/v1/categories?lang=en'));
		expect(res.status).toBe(200);
		expect(res.headers.get('content-language')).toBe('en');
		expect(res.headers.get('etag')).toBeTruthy();
		expect(await res.json()).toEqual({ data: [] });
	});
});
