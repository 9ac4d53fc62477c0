import { describe, expect, it } from 'vitest';
import { formValues, parseWith } from './parse';
import { libraryItemSchema } from './library';

const form = (fields: Record<string, string | string[]>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
	return parseWith(libraryItemSchema, formValues(f));
};
const base = { 'title.lv': 'Sociālā uzņēmējdarbība: 1. lekcija', 'summary.lv': 'Kas ir sociālais uzņēmums.', language: 'lv', status: 'published' };

describe('the library item form', () => {
	it('a video lecture needs a YouTube, Vimeo or PeerTube address', () => {
		expect(form({ ...base, kind: 'video' })).toMatchObject({ ok: false, errors: { url: 'required' } });
		expect(form({ ...base, kind: 'video', url: 'https://example.lv/lekcija.mp4' })).toMatchObject({ ok: false, errors: { url: 'video_link' } });
		const ok = form({ ...base, kind: 'video', url: 'https://youtu.be/dQw4w9WgXcQ', durationMinutes: '48', topics: ['1', '3'] });
		expect(ok).toMatchObject({ ok: true, data: { kind: 'video', durationMinutes: 48, topics: [1, 3] } });
	});

	it('a handbook may come without an address (its PDF is the upload); a link may not', () => {
		expect(form({ ...base, kind: 'handbook', pages: '64' })).toMatchObject({ ok: true, data: { pages: 64 } });
		expect(form({ ...base, kind: 'link' })).toMatchObject({ ok: false, errors: { url: 'required' } });
	});

	it('refuses chapters that are not "time title" lines, pages that are no whole number, and a missing Latvian title', () => {
		const r = form({ ...base, 'title.lv': '', kind: 'video', url: 'https://youtu.be/dQw4w9WgXcQ', chapters: '0:00 Ievads\nbez laika', pages: '12,5' });
		expect(r).toMatchObject({ ok: false, errors: { 'title.lv': 'required', chapters: 'chapters', pages: 'invalid_number' } });
	});
});
