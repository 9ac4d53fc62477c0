import { describe, expect, it } from 'vitest';
import { chapterTime, chaptersText, parseChapters } from './chapters';

describe('chapter lists typed by staff', () => {
	it('reads minutes and hours, with or without a dash, and skips empty lines', () => {
		const r = parseChapters('0:00 Ievads\n\n12:30 – Finansējuma avoti\n1:02:05 Jautājumi un atbildes\n');
		expect(r).toEqual({
			ok: true,
			chapters: [
				{ at: 0, title: 'Ievads' },
				{ at: 750, title: 'Finansējuma avoti' },
				{ at: 3725, title: 'Jautājumi un atbildes' }
			]
		});
	});

	it('names the first line that is not a chapter, or that goes back in time', () => {
		expect(parseChapters('0:00 Ievads\nFinansējums')).toEqual({ ok: false, line: 2 });
		expect(parseChapters('0:00 Ievads\n5:75 Nepareizs laiks')).toEqual({ ok: false, line: 2 });
		expect(parseChapters('10:00 Otrā daļa\n5:00 Pirmā daļa')).toEqual({ ok: false, line: 2 });
	});

	it('writes times back as people read them, and the list back as the form text', () => {
		expect(chapterTime(75)).toBe('1:15');
		expect(chapterTime(3725)).toBe('1:02:05');
		expect(chaptersText([{ at: 0, title: 'Ievads' }, { at: 750, title: 'Finansējums' }])).toBe('0:00 Ievads\n12:30 Finansējums');
		expect(parseChapters(chaptersText([{ at: 3725, title: 'Beigas' }]))).toEqual({ ok: true, chapters: [{ at: 3725, title: 'Beigas' }] });
	});
});
