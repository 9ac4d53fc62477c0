import { describe, expect, it } from 'vitest';
import { csrfForbidden } from './csrf';

const url = new URL('https://tuvuma.lv/lv/zinot');
const post = (path: string, headers: Record<string, string>, method = 'POST') => [new Request(new URL(path, url), { method, headers, body: 'a=1' }), new URL(path, url)] as const;

describe('cross-site form posts (SvelteKit’s rule, with the one-click unsubscribe exception)', () => {
	it('refuses a form post from another origin or without one, as SvelteKit does', () => {
		expect(csrfForbidden(...post('/lv/zinot', { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' }))).toBe(true);
		expect(csrfForbidden(...post('/lv/zinot', { 'content-type': 'multipart/form-data; boundary=x' }))).toBe(true);
		expect(csrfForbidden(...post('/lv/zinot', { 'content-type': 'text/plain', origin: 'null' }))).toBe(true);
		expect(csrfForbidden(...post('/lv/zinot', { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' }, 'DELETE'))).toBe(true);
	});

	it('lets same-origin forms, JSON and reads through', () => {
		expect(csrfForbidden(...post('/lv/zinot', { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://tuvuma.lv' }))).toBe(false);
		expect(csrfForbidden(...post('/api/v1/x', { 'content-type': 'application/json', origin: 'https://evil.example' }))).toBe(false);
		const get = new Request(url, { method: 'GET', headers: { origin: 'https://evil.example' } });
		expect(csrfForbidden(get, url)).toBe(false);
	});

	it('takes the RFC 8058 one-click unsubscribe from a mail provider, and only there', () => {
		const oneClick = { 'content-type': 'application/x-www-form-urlencoded' };
		expect(csrfForbidden(...post('/lv/pazinojumi/atteikties?t=abc', oneClick))).toBe(false);
		expect(csrfForbidden(...post('/ru/pazinojumi/atteikties', { ...oneClick, origin: 'https://mail.example' }))).toBe(false);
		expect(csrfForbidden(...post('/lv/pazinojumi', oneClick))).toBe(true);
		expect(csrfForbidden(...post('/lv/pazinojumi/apstiprinat', oneClick))).toBe(true);
	});
});
