import { describe, expect, it } from 'vitest';
import { openStatus } from '$lib/domain/opening-hours';
import { MemoryIndex } from './memory-index';
import { openMinute } from './hours';
import { indexRow as row } from './test-rows';

const VALUES = {
	weekdays: ['Mo-Fr 09:00-18:00; Sa 09:00-14:00'],
	twoAMarket: ['We 08:00-11:00,17:00-20:00', 'Sa 08:00-13:00'],
	overMidnight: ['Fr 20:00-03:00; Su 23:30-00:30'],
	fair: ['Sep Sa[-1],Sa[-1] +1 day 10:00-17:00'],
	summer: ['May-Sep Sa 09:00-14:00; PH off'],
	none: [] as string[]
};

describe('open now in the search index', () => {
	const ix = new MemoryIndex();
	const names = Object.keys(VALUES) as (keyof typeof VALUES)[];
	for (const name of names) ix.put(row(name, { hours: VALUES[name] }));

	// the index's bits must agree with the pages' openStatus() at every moment (winter, summer, the fair)
	it.each(['2026-11-23T00:00:00+02:00', '2026-07-06T00:00:00+03:00', '2026-09-21T00:00:00+03:00'])('agrees with openStatus through the week from %s', (start) => {
		for (let t = Date.parse(start); t < Date.parse(start) + 7 * 86_400_000; t += 20 * 60_000) {
			const at = new Date(t);
			const bits = ix.openAt(openMinute(at));
			names.forEach((name, slot) => expect(bits[slot] === 1, `${name} ${at.toISOString()}`).toBe(openStatus(VALUES[name], at).state === 'open'));
		}
	});

	it('lists a yearly fair as open only on its weekend', () => {
		const fair = names.indexOf('fair');
		expect(ix.openAt(openMinute(new Date('2026-12-12T10:00:00Z')))[fair]).toBe(0); // a December Saturday
		expect(ix.openAt(openMinute(new Date('2026-09-26T09:00:00Z')))[fair]).toBe(1); // the last Saturday of September
	});
});
