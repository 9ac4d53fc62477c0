/**
 * "Why it matched": a short piece of text with the matching words marked. Ranges are computed on
 * the plain text; HTML is built by escaping every piece first and only then wrapping the marked
 * ranges in <mark>, so nothing from the data can become markup.
 */
import { splitWords, type Word } from './words';
import { normalizeRanges, segments as cut, type Range, type Segment } from '../../contracts/search/segments';

export type { Range, Segment };
export { normalizeRanges };

export type Snippet = {
	text: string;
	/** Sorted, non-overlapping [start, end) UTF-16 offsets into `text`. */
	ranges: Range[];
};

/** What counts as a hit in a text: the query's stems, typo-corrected stems and prefixes. */
export type HighlightTerms = {
	stems: ReadonlySet<string>;
	/** Folded prefixes (the last word while typing: "ievarij"). */
	prefixes: readonly string[];
	/** The stems of the words as typed (not their translations): a text in their language is shown first. */
	typed?: ReadonlySet<string>;
};

export function matchesWord(word: Pick<Word, 'stem' | 'folded'>, terms: HighlightTerms): boolean {
	return terms.stems.has(word.stem) || terms.prefixes.some((p) => word.folded.startsWith(p));
}

/** Ranges of the words of `text` that match. `text` is used as NFC (as stored and shown). */
export function highlightRanges(text: string, terms: HighlightTerms): Range[] {
	return splitWords(text)
		.filter((w) => matchesWord(w, terms))
		.map((w) => [w.start, w.end] as const);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/** Plain pieces, marked or not, in order; ranges outside the text or overlapping are cleaned up. */
export function segments(snippet: Snippet): Segment[] {
	return cut(snippet.text, snippet.ranges);
}

/** Escaped HTML with <mark> around the ranges: safe to insert as HTML. */
export function snippetHtml(snippet: Snippet): string {
	return segments(snippet)
		.map((s) => (s.mark ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
		.join('');
}

/**
 * The text (whitespace collapsed) with its matching words marked, cut to a window of about `max`
 * characters around the first match at spaces, with "…" where text was left out. Without a match:
 * the beginning of the text.
 */
export function makeSnippet(text: string, terms: HighlightTerms, max = 160): Snippet {
	const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
	const ranges = normalizeRanges(highlightRanges(clean, terms), clean.length);
	if (clean.length <= max) return { text: clean, ranges };
	const first = ranges[0] ?? [0, 0];
	let start = Math.max(0, first[0] - Math.floor(max / 3));
	if (start > 0) {
		const space = clean.lastIndexOf(' ', start);
		start = space > 0 ? space + 1 : 0;
	}
	let end = Math.min(clean.length, start + max);
	if (end < clean.length) {
		const space = clean.lastIndexOf(' ', end);
		if (space > Math.max(start, first[1])) end = space;
	}
	const prefix = start > 0 ? '… ' : '';
	const suffix = end < clean.length ? ' …' : '';
	const shift = prefix.length - start;
	return {
		text: prefix + clean.slice(start, end) + suffix,
		ranges: ranges.filter(([a, b]) => a >= start && b <= end).map(([a, b]) => [a + shift, b + shift] as const)
	};
}
