import { describe, expect, it } from 'vitest';
import { withoutPreloadHeader } from './preload-header';

describe('the modulepreload Link header', () => {
	it('is dropped (the HTML head carries the same preloads), so many modules never overflow the headers', () => {
		const many = Array.from({ length: 400 }, (_, i) => `<../../_app/immutable/chunks/C${i}.js>; rel="modulepreload"; nopush`).join(', ');
		const headers = new Headers({ link: many, 'content-type': 'text/html' });
		withoutPreloadHeader(headers);
		expect(headers.get('link')).toBeNull();
		expect(headers.get('content-type')).toBe('text/html');
	});

	it('keeps any other Link header (a feed, a canonical address)', () => {
		const headers = new Headers({ link: '</lv/zinas.atom>; rel="alternate"' });
		withoutPreloadHeader(headers);
		expect(headers.get('link')).toBe('</lv/zinas.atom>; rel="alternate"');
	});
});
