import { describe, expect, it } from 'vitest';
import { reportedAgeBand, countBy, factsPerPerson, insideTerritory, parseDay, periodRange, suppressOrigins, suppressRows } from './domain';

describe('the period in Riga days', () => {
	it('starts at Riga midnight, winter and summer, and includes the whole last day', () => {
		expect(periodRange({ from: '2021-01-15', to: '2021-07-15' })).toEqual({ from: new Date('2021-01-14T22:00:00.000Z'), to: new Date('2021-07-15T21:00:00.000Z') });
		// the day the clocks go forward begins in winter time; the period ends at the next Riga midnight (summer time)
		expect(periodRange({ from: '2021-03-28', to: '2021-03-31' })).toEqual({ from: new Date('2021-03-27T22:00:00.000Z'), to: new Date('2021-03-31T21:00:00.000Z') });
	});

	it('open ends, swapped ends and bad days', () => {
		expect(periodRange({ from: null, to: null })).toEqual({ from: null, to: null });
		const swapped = periodRange({ from: '2021-12-31', to: '2021-01-01' });
		expect(swapped.from?.toISOString()).toBe('2020-12-31T22:00:00.000Z');
		expect(parseDay('2021-02-30')).toBeNull();
		expect(parseDay('2021-2-3')).toBeNull();
		expect(parseDay(' 2021-02-03 ')).toBe('2021-02-03');
	});
});

describe('suppression', () => {
	it('hides groups under 5 people, never a group of 5', () => {
		expect(suppressRows([{ people: 4 }, { people: 5 }, { people: 50 }]).map((r) => r.people)).toEqual([null, null, 50]);
		expect(suppressRows([{ people: 5 }, { people: 50 }]).map((r) => r.people)).toEqual([5, 50]);
	});

	it('hides the next smallest too when only one group would be hidden', () => {
		const rows = suppressRows([
			{ key: 'a', people: 40 },
			{ key: 'b', people: 3 },
			{ key: 'c', people: 7 }
		]);
		expect(rows.map((r) => r.people)).toEqual([40, null, null]);
	});

	it('two small groups protect each other', () => {
		const rows = suppressRows([
			{ key: 'a', people: 40 },
			{ key: 'b', people: 3 },
			{ key: 'c', people: 2 },
			{ key: 'd', people: 9 }
		]);
		expect(rows.map((r) => r.people)).toEqual([40, null, null, 9]);
	});
});

describe('origins inside and outside the territory', () => {
	const row = (sortKey: string, people: number, inside: boolean) => ({ sortKey, people, inside });

	it('no side total gives away a hidden row (inside A=48, B=6; outside C=14, D=3)', () => {
		const r = suppressOrigins([row('a', 48, true), row('b', 6, true), row('c', 14, false), row('d', 3, false)]);
		// suppressed over all four rows, D and B would be hidden and B = inside 54 − A 48
		expect(r.rows.map((x) => [x.sortKey, x.people])).toEqual([['a', 48], ['b', 6], ['c', null], ['d', null]]);
		expect([r.inside, r.outside]).toEqual([54, 17]);
		for (const inside of [true, false]) {
			const hidden = r.rows.filter((x) => x.inside === inside && x.people === null).length;
			expect(hidden === 0 || hidden >= 2).toBe(true);
		}
	});

	it('a side with one small row hides both side totals and a row on the other side', () => {
		const r = suppressOrigins([row('a', 48, true), row('b', 20, true), row('d', 3, false)]);
		expect([r.inside, r.outside]).toEqual([null, null]);
		expect(r.rows.map((x) => [x.sortKey, x.people])).toEqual([['a', 48], ['b', null], ['d', null]]);
	});

	it('hidden rows follow the shown ones alphabetically, not by their real counts', () => {
		const r = suppressOrigins([row('z', 4, false), row('m', 30, false), row('b', 2, false), row('k', 30, false)]);
		expect(r.rows.map((x) => x.sortKey)).toEqual(['k', 'm', 'b', 'z']);
		expect(r.outside).toBe(66);
	});
});

describe('ESF+ age bands', () => {
	it('under 18, 18–29, 30–54, 55+', () => {
		expect(['under_18', '18_29', '30_54', '55_plus', '30-54'].map(reportedAgeBand)).toEqual(['under_18', '18_29', '30_54', '55_plus', '30-54']);
	});

	it('the registration form\'s finer bands go into an ESF+ band only when they lie wholly inside it', () => {
		expect(['35_44', '45_54', '55_64', '65_plus', '18_29', 'under_25', '25_34', null].map(reportedAgeBand)).toEqual(['30_54', '30_54', '55_plus', '55_plus', '18_29', 'under_25', '25_34', null]);
	});
});

describe('inside or outside the project territory', () => {
	const project = new Set([10, 100]); // a municipality, and a planning region
	it('a named municipality, or one in a named region, is inside', () => {
		expect(insideTerritory({ id: 10, parentId: 1 }, project)).toBe(true);
		expect(insideTerritory({ id: 11, parentId: 100 }, project)).toBe(true);
		expect(insideTerritory({ id: 12, parentId: 1 }, project)).toBe(false);
		expect(insideTerritory(null, project)).toBeNull();
	});
});

describe('facts per person', () => {
	const at = (d: string) => new Date(`${d}T10:00:00Z`);
	it('one row per (resolved) person, each fact from the latest attendance that gave it', () => {
		const rows = [
			{ personId: 'a', attended: true, startsAt: at('2021-01-01'), municipalityId: 1, gender: 'female', ageBand: '18_29', employmentStatus: null },
			{ personId: 'a2', attended: true, startsAt: at('2021-06-01'), municipalityId: 2, gender: null, ageBand: null, employmentStatus: 'employed' },
			{ personId: 'b', attended: false, startsAt: at('2021-06-01'), municipalityId: 3, gender: 'male', ageBand: null, employmentStatus: null }
		];
		const facts = factsPerPerson(rows, (id) => (id === 'a2' ? 'a' : id));
		expect(facts.size).toBe(1);
		expect(facts.get('a')).toEqual({ municipalityId: 2, gender: 'female', ageBand: '18_29', employmentStatus: 'employed' });
		const g = countBy(facts.values(), 'gender');
		expect(g.counts.get('female')).toBe(1);
		expect(countBy(facts.values(), 'ageBand').notCollected).toBe(0);
	});

});
