/** An interview's text as sentences with their offsets: the units staff tag without JavaScript, and kappa's units. */
import type { Span } from './kappa';

export type Sentence = Span & { text: string };

const segmenter = new Intl.Segmenter('lv', { granularity: 'sentence' });

/** Sentences (and lines: a line break ends one too), trimmed, with UTF-16 offsets into `text`. */
export function sentencesOf(text: string): Sentence[] {
	const out: Sentence[] = [];
	let lineStart = 0;
	for (const line of text.split('\n')) {
		for (const s of segmenter.segment(line)) {
			const lead = s.segment.length - s.segment.trimStart().length;
			const trimmed = s.segment.trim();
			if (!trimmed) continue;
			const start = lineStart + s.index + lead;
			out.push({ start, end: start + trimmed.length, text: trimmed });
		}
		lineStart += line.length + 1;
	}
	return out;
}

/** The passage from the first to the last of the chosen sentences (by index); null when none is valid. */
export function spanOfSentences(sentences: readonly Sentence[], indexes: readonly number[]): Span | null {
	const chosen = indexes.filter((i) => Number.isInteger(i) && i >= 0 && i < sentences.length).sort((a, b) => a - b);
	if (chosen.length === 0) return null;
	return { start: sentences[chosen[0]].start, end: sentences[chosen[chosen.length - 1]].end };
}

/** Contiguous runs of chosen sentences, each one passage (ticking 1, 2 and 5 gives two passages). */
export function runsOfSentences(sentences: readonly Sentence[], indexes: readonly number[]): Span[] {
	const chosen = [...new Set(indexes.filter((i) => Number.isInteger(i) && i >= 0 && i < sentences.length))].sort((a, b) => a - b);
	const runs: Span[] = [];
	let runStart = -1;
	chosen.forEach((i, k) => {
		if (runStart === -1) runStart = i;
		if (chosen[k + 1] !== i + 1) {
			runs.push({ start: sentences[runStart].start, end: sentences[i].end });
			runStart = -1;
		}
	});
	return runs;
}

/** A selection made in the browser, checked against the text: inside it, not empty, trimmed of spaces. */
export function cleanSpan(text: string, start: number, end: number): Span | null {
	if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
	let s = Math.max(0, Math.min(start, end));
	let e = Math.min(text.length, Math.max(start, end));
	while (s < e && /\s/.test(text[s])) s++;
	while (e > s && /\s/.test(text[e - 1])) e--;
	return s < e ? { start: s, end: e } : null;
}
