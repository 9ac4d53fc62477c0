import { describe, expect, it } from 'vitest';
import { parseVideoLink, startSeconds } from './video';

describe('video links for the click-to-load player', () => {
	it('reads every YouTube address form into one video on the no-cookie host', () => {
		for (const raw of [
			'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
			'https://youtu.be/dQw4w9WgXcQ',
			'http://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share',
			'https://www.youtube.com/embed/dQw4w9WgXcQ',
			'https://www.youtube.com/shorts/dQw4w9WgXcQ',
			'https://www.youtube.com/live/dQw4w9WgXcQ?si=abc'
		]) {
			const v = parseVideoLink(raw);
			expect(v, raw).toMatchObject({ service: 'youtube', id: 'dQw4w9WgXcQ', start: 0 });
			expect(v!.embedUrl).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
			expect(v!.frameOrigin).toBe('https://www.youtube-nocookie.com');
		}
	});

	it('keeps where a lecture was shared from', () => {
		const v = parseVideoLink('https://youtu.be/dQw4w9WgXcQ?t=1m30s')!;
		expect(v.start).toBe(90);
		expect(v.embedUrl).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90');
		expect(v.watchUrl).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90');
		expect(startSeconds('1h2m3s')).toBe(3723);
		expect(startSeconds('abc')).toBe(0);
	});

	it('reads Vimeo, unlisted ones with their hash too, with "do not track"', () => {
		expect(parseVideoLink('https://vimeo.com/76979871')).toMatchObject({ service: 'vimeo', id: '76979871', embedUrl: 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1' });
		expect(parseVideoLink('https://vimeo.com/76979871/8272103f6e')!.embedUrl).toBe('https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1&autoplay=1');
		expect(parseVideoLink('https://vimeo.com/channels/staffpicks/76979871#t=65s')).toMatchObject({ id: '76979871', start: 65 });
	});

	it('reads PeerTube on any instance, over https only', () => {
		const v = parseVideoLink('https://video.example.lv/w/9c9de5e8-0a1e-484a-b099-e80766180a6d')!;
		expect(v).toMatchObject({ service: 'peertube', frameOrigin: 'https://video.example.lv' });
		expect(v.embedUrl).toBe('https://video.example.lv/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d?autoplay=1&warningTitle=0');
		expect(parseVideoLink('https://tube.example.org/videos/watch/kkGMgK9ZtnKfYAgnEtQxbv?start=30')!.start).toBe(30);
		expect(parseVideoLink('http://video.example.lv/w/9c9de5e8-0a1e-484a-b099-e80766180a6d')).toBeNull();
	});

	it('refuses what is no video address', () => {
		for (const raw of ['', 'nav saite', 'javascript:alert(1)', 'https://www.youtube.com/watch?v=short', 'https://user:pw@youtu.be/dQw4w9WgXcQ', 'https://evil.example/watch?v=dQw4w9WgXcQ', 'https://vimeo.com/about']) {
			expect(parseVideoLink(raw), raw).toBeNull();
		}
	});
});
