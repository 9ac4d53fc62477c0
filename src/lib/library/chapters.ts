/**
 * A video's chapter list as staff type it — one chapter a line, its start first, the way YouTube
 * descriptions write them ("0:00 Ievads", "12:30 Finansējums", "1:02:05 Jautājumi") — read into
 * `{ at: seconds, title }` rows, in order. A line that is not a chapter is named by its number.
 */
export type Chapter = { at: number; title: string };
export type ChaptersResult = { ok: true; chapters: Chapter[] } | { ok: false; line: number };

const LINE = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\s*[-–—.]?\s+(.+)$/;

export function parseChapters(text: string): ChaptersResult {
	const chapters: Chapter[] = [];
	const lines = text.split(/\r?\n/);
	for (const [i, raw] of lines.entries()) {
		const line = raw.trim();
		if (!line) continue;
		const m = LINE.exec(line);
		if (!m || Number(m[3]) > 59 || (m[1] !== undefined && Number(m[2]) > 59)) return { ok: false, line: i + 1 };
		const at = Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
		// chapters run forward: a start before the previous one is a typing mistake
		if (chapters.length && at <= chapters[chapters.length - 1].at) return { ok: false, line: i + 1 };
		chapters.push({ at, title: m[4].trim().slice(0, 200) });
	}
	return { ok: true, chapters };
}

/** 75 → "1:15", 3725 → "1:02:05": how the page shows a chapter's start. */
export function chapterTime(at: number): string {
	const h = Math.floor(at / 3600);
	const m = Math.floor((at % 3600) / 60);
	const s = String(at % 60).padStart(2, '0');
	return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The chapters back as the form's text (editing an item). */
export function chaptersText(chapters: readonly Chapter[] | null | undefined): string {
	return (chapters ?? []).map((c) => `${chapterTime(c.at)} ${c.title}`).join('\n');
}
