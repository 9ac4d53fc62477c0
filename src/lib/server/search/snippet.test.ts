import { describe, expect, it } from 'vitest';
import { escapeHtml, highlightRanges, makeSnippet, snippetHtml, type HighlightTerms } from './snippet';
import { splitWords } from './words';

const terms = (q: string, prefixes: string[] = []): HighlightTerms => ({ stems: new Set(splitWords(q).map((w) => w.stem)), prefixes });

describe('highlightRanges', () => {
	it('marks every form of the query words, with or without diacritics', () => {
		const text = 'Kūpināts kazas siers un kazu piens';
		const ranges = highlightRanges(text, terms('kupinata kaza'));
		expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['Kūpināts', 'kazas', 'kazu']);
	});
	it('marks words that start with a prefix being typed', () => {
		const text = 'Mājas ievārījumi';
		expect(highlightRanges(text, terms('', ['ievarij'])).map(([a, b]) => text.slice(a, b))).toEqual(['ievārījumi']);
	});
});

describe('snippetHtml', () => {
	it('escapes everything and wraps only the matched ranges', () => {
		const text = '<script>alert("medus")</script> & <b>medus</b> \'medu\'';
		const html = snippetHtml(makeSnippet(text, terms('medus'), 500));
		expect(html).toBe('&lt;script&gt;alert(&quot;<mark>medus</mark>&quot;)&lt;/script&gt; &amp; &lt;b&gt;<mark>medus</mark>&lt;/b&gt; &#39;<mark>medu</mark>&#39;');
		expect(html).not.toMatch(/<(?!\/?mark>)/);
	});
	it('cannot be tricked by a name that contains <mark> or an attribute', () => {
		const html = snippetHtml(makeSnippet('Medus <mark onmouseover="x()">bite</mark>', terms('medus'), 500));
		expect(html).toBe('<mark>Medus</mark> &lt;mark onmouseover=&quot;x()&quot;&gt;bite&lt;/mark&gt;');
	});
	it('ignores ranges outside the text and merges overlaps', () => {
		expect(snippetHtml({ text: 'a<b', ranges: [[0, 2], [1, 3], [5, 9]] })).toBe('<mark>a&lt;b</mark>');
		expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
	});
});

describe('makeSnippet', () => {
	it('cuts a long description around the first match, at spaces, with ellipses', () => {
		const text = 'Sākums ' + 'vārds '.repeat(60) + 'šeit ir medus no mūsu dravas ' + 'beigas '.repeat(60);
		const s = makeSnippet(text, terms('medus'), 80);
		expect(s.text.startsWith('… ')).toBe(true);
		expect(s.text.endsWith(' …')).toBe(true);
		expect(s.text.length).toBeLessThanOrEqual(90);
		expect(s.ranges).toHaveLength(1);
		expect(s.text.slice(s.ranges[0][0], s.ranges[0][1])).toBe('medus');
	});
	it('collapses whitespace and keeps short texts whole', () => {
		expect(makeSnippet('  Liepu\n\nmedus  ', terms('medus'))).toEqual({ text: 'Liepu medus', ranges: [[6, 11]] });
	});
});
