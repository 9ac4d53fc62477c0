import { describe, expect, it } from 'vitest';
import { excerpt, initialOf, readDirectoryQuery, validateSelection } from './domain';

const q = (s: string) => readDirectoryQuery(new URLSearchParams(s));

describe('readDirectoryQuery', () => {
	it('turns bad page numbers into page 1', () => {
		expect(q('page=-1').page).toBe(1);
		expect(q('page=abc').page).toBe(1);
		expect(q('page=2.5').page).toBe(1);
		expect(q('page=3').page).toBe(3);
	});
	it('defaults the sort and trims values', () => {
		expect(q('sort=price').sort).toBe('name');
		expect(q('sort=newest').sort).toBe('newest');
		expect(q('category=%20medus%20').category).toBe('medus');
		expect(q(`region=${'x'.repeat(500)}`).region).toHaveLength(80);
	});
});

describe('validateSelection', () => {
	const known = {
		category: (v: string) => v === 'medus',
		region: (v: string) => v === 'vidzeme',
		municipality: () => false,
		kind: (v: string) => v === 'farm',
		label: () => true
	};
	it('keeps known values and reports unknown ones', () => {
		const r = validateSelection(q('category=medus&region=mars&kind=farm&municipality=atlantida'), known);
		expect(r.selection).toMatchObject({ category: 'medus', region: '', kind: 'farm', municipality: '' });
		expect(r.ignored).toEqual(['mars', 'atlantida']);
	});
	it('does not report empty form fields', () => {
		expect(validateSelection(q('category=&region=&sort=name'), known).ignored).toEqual([]);
	});
});

describe('excerpt', () => {
	it('keeps short text and cuts long text at a word', () => {
		expect(excerpt('  Medus  no   Siguldas. ')).toBe('Medus no Siguldas.');
		const long = 'Ābolu sula '.repeat(30);
		const cut = excerpt(long);
		expect(cut.length).toBeLessThanOrEqual(160);
		expect(cut.endsWith('…')).toBe(true);
		expect(cut).not.toMatch(/\s…$/);
	});
});

describe('initialOf', () => {
	it('skips quotes and upper-cases Latvian letters', () => {
		expect(initialOf('"ābeļdārzs"')).toBe('Ā');
		expect(initialOf('„Čiekuri”')).toBe('Č');
		expect(initialOf('')).toBe('?');
	});
});
