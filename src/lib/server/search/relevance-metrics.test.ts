import { describe, expect, it } from 'vitest';
import { recallAt, relevantOf, summarize } from './relevance-metrics';

describe('recall@k', () => {
	it('is the share of the wanted results among the first k', () => {
		expect(recallAt(['a', 'b'], ['x', 'a', 'y'], 10)).toEqual({ recall: 0.5, missing: ['b'] });
		expect(recallAt(['a'], ['x', 'y', 'a'], 2)).toEqual({ recall: 0, missing: ['a'] });
	});

	it('takes top, topSet, includes and nearby results; none for cases that only exclude', () => {
		expect(relevantOf({ behaviour: '', qs: '', top: ['a'], includes: ['a', 'b'], nearby: { includes: ['c'] } })).toEqual(['a', 'b', 'c']);
		expect(relevantOf({ behaviour: '', qs: '', excludes: ['a'] })).toBeNull();
	});

	it('averages over cases and per language', () => {
		const s = summarize([
			{ locale: 'lv', behaviour: '', qs: '', recall: 1, missing: [] },
			{ locale: 'en', behaviour: '', qs: '', recall: 0.5, missing: ['x'] }
		]);
		expect(s).toEqual({ cases: 2, recall: 0.75, byLocale: { en: { cases: 1, recall: 0.5 }, lv: { cases: 1, recall: 1 } } });
	});
});
