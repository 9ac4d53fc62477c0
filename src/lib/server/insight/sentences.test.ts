import { describe, expect, it } from 'vitest';
import { cleanSpan, runsOfSentences, sentencesOf, spanOfSentences } from './sentences';

const text = 'Šeit trūkst vietējā siera. Tirgus ir tikai sestdienās!\nVajag koprades telpu.  Un internetu?';

describe('sentencesOf', () => {
	it('splits sentences and lines, with offsets that point back into the text', () => {
		const s = sentencesOf(text);
		expect(s.map((x) => x.text)).toEqual(['Šeit trūkst vietējā siera.', 'Tirgus ir tikai sestdienās!', 'Vajag koprades telpu.', 'Un internetu?']);
		for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
	});

	it('gives an empty text no sentences', () => {
		expect(sentencesOf('  \n ')).toEqual([]);
	});
});

describe('passages from chosen sentences', () => {
	const s = sentencesOf(text);
	it('joins adjacent sentences and splits at gaps', () => {
		expect(runsOfSentences(s, [0, 1, 3]).map((r) => text.slice(r.start, r.end))).toEqual(['Šeit trūkst vietējā siera. Tirgus ir tikai sestdienās!', 'Un internetu?']);
		expect(spanOfSentences(s, [2, 0])).toEqual({ start: 0, end: s[2].end });
		expect(runsOfSentences(s, [9, -1])).toEqual([]);
	});

	it('trims a browser selection and refuses one outside the text', () => {
		expect(cleanSpan(text, 26, 55)).toEqual({ start: 27, end: 54 });
		expect(cleanSpan(text, 5, 5)).toBeNull();
		expect(cleanSpan(text, 81, 500)).toEqual({ start: 81, end: text.length });
		expect(cleanSpan(text, 1.5, 3)).toBeNull();
	});
});

describe('segmentsOf: a sentence cut where codings begin and end', () => {
	it('gives an uncoded sentence one piece and marks the coded part of another', async () => {
		const { segmentsOf } = await import('./interview-queries');
		const s = sentencesOf(text);
		expect(segmentsOf(text, [], s[1].start, s[1].end)).toEqual([{ start: s[1].start, end: s[1].end, text: 'Tirgus ir tikai sestdienās!', codings: [] }]);
		const pieces = segmentsOf(text, [{ id: 'c', start: 5, end: 40 }], s[0].start, s[0].end);
		expect(pieces.map((p) => [p.text, p.codings])).toEqual([
			['Šeit ', []],
			['trūkst vietējā siera.', ['c']]
		]);
	});
});
