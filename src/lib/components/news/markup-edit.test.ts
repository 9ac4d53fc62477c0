import { describe, expect, it } from 'vitest';
import { insertBlock, link, prefixLines, wrap } from './markup-edit';

describe('editor toolbar edits', () => {
	it('wraps the selection in bold marks and keeps it selected', () => {
		expect(wrap({ text: 'ļoti svarīgi', start: 0, end: 4 }, '**')).toEqual({ text: '**ļoti** svarīgi', start: 2, end: 6 });
	});

	it('turns the selected lines into a list, numbered or not, and a line into a heading', () => {
		const text = 'vebināri\nmeistarklases';
		expect(prefixLines({ text, start: 0, end: text.length }, () => '- ').text).toBe('- vebināri\n- meistarklases');
		expect(prefixLines({ text, start: 2, end: 12 }, (i) => `${i + 1}. `).text).toBe('1. vebināri\n2. meistarklases');
		expect(prefixLines({ text: '- vecs', start: 0, end: 0 }, () => '## ').text).toBe('## vecs');
	});

	it('makes a link and selects the address to type', () => {
		const r = link({ text: 'Lielupe', start: 0, end: 7 });
		expect(r.text).toBe('[Lielupe](https://)');
		expect(r.text.slice(r.start, r.end)).toBe('https://');
	});

	it('puts a picture on its own lines', () => {
		expect(insertBlock({ text: 'Teksts', start: 6, end: 6 }, '![a](/m.webp)').text).toBe('Teksts\n\n![a](/m.webp)\n\n');
	});
});
