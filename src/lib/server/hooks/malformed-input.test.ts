import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { guardFormData } from './malformed-input';

const post = (type: string, body: string) => new Request('http://x.lv/lv/ienakt?/password', { method: 'POST', headers: { 'content-type': type }, body });

async function statusOf(p: Promise<unknown>): Promise<number | 'ok'> {
	try {
		await p;
		return 'ok';
	} catch (e) {
		return isHttpError(e) ? e.status : 500;
	}
}

describe('form bodies the parser cannot read', () => {
	it('are a 400, not an error: text/plain, multipart without a boundary, broken multipart — also through a clone', async () => {
		expect(await statusOf(guardFormData(post('text/plain', 'email=a')).formData())).toBe(400);
		expect(await statusOf(guardFormData(post('multipart/form-data', 'email=a')).formData())).toBe(400);
		expect(await statusOf(guardFormData(post('multipart/form-data; boundary=XYZ', '--XYZ\r\nbroken')).formData())).toBe(400);
		expect(await statusOf(guardFormData(post('text/plain', 'email=a')).clone().formData())).toBe(400);
		// without the guard the same body is a TypeError (a 500)
		expect(await statusOf(post('text/plain', 'email=a').formData())).toBe(500);
	});
	it('an ordinary form still reads, twice through clones', async () => {
		const r = guardFormData(post('application/x-www-form-urlencoded', 'email=a%40b.lv'));
		expect((await r.clone().formData()).get('email')).toBe('a@b.lv');
		expect((await r.formData()).get('email')).toBe('a@b.lv');
	});
});
