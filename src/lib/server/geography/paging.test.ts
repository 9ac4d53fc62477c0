import { describe, expect, it } from 'vitest';
import { pageWindow, parsePageParam } from './paging';

describe('parsePageParam', () => {
	it.each([
		[null, 1],
		['', 1],
		['abc', 1],
		['-3', 1],
		['0', 1],
		['2.5', 1],
		['1e9', 1],
		[' 3 ', 3],
		['999999', 10_000],
		['7', 7]
	])('%s → %i', (raw, page) => {
		expect(parsePageParam(raw)).toBe(page);
	});
});

describe('pageWindow', () => {
	it('computes the offset of a page', () => {
		expect(pageWindow(50, 2, 24)).toEqual({ page: 2, pages: 3, perPage: 24, total: 50, offset: 24 });
	});
	it('clamps a page past the end to the last page', () => {
		expect(pageWindow(50, 9, 24)).toMatchObject({ page: 3, offset: 48 });
	});
	it('has one (empty) page when there is nothing', () => {
		expect(pageWindow(0, 4, 24)).toMatchObject({ page: 1, pages: 1, offset: 0 });
	});
});
