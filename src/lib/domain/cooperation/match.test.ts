import { describe, expect, it } from 'vitest';
import { COOPERATION_KINDS } from '$lib/server/db/schema/cooperation';
import { KINDS } from './kinds';
import { MATCH_THRESHOLD, matchesOf, placeFit, scoreMatch, type MatchProfile } from './match';

// territories: 1 Latvia … 10 Zemgale region, 11 Jelgavas novads; 20 Moldova, 21 Nord region, 22 Bălți, 23 Soroca
const LV = { country: 'LV', territories: [1, 10, 11] };
const BALTI = { country: 'MD', territories: [20, 21, 22] };
const SOROCA = { country: 'MD', territories: [20, 21, 23] };

const p = (x: Partial<MatchProfile> & { id: string }): MatchProfile => ({
	ownerKey: `owner-${x.id}`,
	direction: 'offer',
	kind: 'distribution',
	sectors: [100],
	sectorParents: [1],
	countries: [],
	regions: [],
	home: LV,
	languages: ['lv', 'ru'],
	...x
});

describe('cooperation matching', () => {
	it('keeps its kinds equal to the schema', () => {
		expect([...KINDS]).toEqual([...COOPERATION_KINDS]);
	});

	it('an offer meets a request of the same kind, sector, wanted country and a shared language', () => {
		const honey = p({ id: 'a', direction: 'offer', kind: 'sourcing', home: BALTI, countries: ['LV'], languages: ['ro', 'ru'] });
		const shop = p({ id: 'b', direction: 'request', kind: 'sourcing', home: LV, countries: ['MD'], languages: ['lv', 'ru'] });
		const r = scoreMatch(honey, shop)!;
		expect(r.score).toBe(1);
		expect(r.reasons).toEqual(['offer_request', 'same_kind', 'same_sector', 'country', 'language']);
		expect(scoreMatch(shop, honey)).toEqual(r); // symmetric
	});

	it('distribution and sourcing are complementary; unrelated kinds never match', () => {
		const a = p({ id: 'a', kind: 'distribution', direction: 'request' });
		expect(scoreMatch(a, p({ id: 'b', kind: 'sourcing' }))!.reasons).toContain('complementary_kind');
		expect(scoreMatch(a, p({ id: 'c', kind: 'municipal_partnership' }))).toBeNull();
	});

	it('two offers never match, but two partner searches do', () => {
		expect(scoreMatch(p({ id: 'a' }), p({ id: 'b' }))).toBeNull();
		const lag = p({ id: 'a', direction: 'request', kind: 'project_partner' });
		const primarie = p({ id: 'b', direction: 'request', kind: 'municipal_partnership', home: SOROCA });
		expect(scoreMatch(lag, primarie)!.reasons.slice(0, 2)).toEqual(['partners', 'complementary_kind']);
	});

	it('never matches a profile with itself or its own owner', () => {
		const a = p({ id: 'a', direction: 'request' });
		expect(scoreMatch(a, a)).toBeNull();
		expect(scoreMatch(a, p({ id: 'b', ownerKey: a.ownerKey }))).toBeNull();
	});

	it('sectors: the same category beats a sibling under one parent, which beats none', () => {
		const req = p({ id: 'r', direction: 'request', sectors: [100], sectorParents: [1] });
		const same = scoreMatch(req, p({ id: 'a', sectors: [100] }))!;
		const sibling = scoreMatch(req, p({ id: 'b', sectors: [101], sectorParents: [1] }))!;
		expect(sibling.reasons).toContain('related_sector');
		expect(same.score).toBeGreaterThan(sibling.score);
		expect(scoreMatch(req, p({ id: 'c', sectors: [200], sectorParents: [2], languages: [] }))).toBeNull();
	});

	it('places: a wanted region fits best, the country less, another country not at all', () => {
		expect(placeFit({ countries: ['MD'], regions: [22] }, BALTI)).toBe(1);
		expect(placeFit({ countries: ['MD'], regions: [22] }, SOROCA)).toBe(0.4);
		expect(placeFit({ countries: [], regions: [21] }, SOROCA)).toBe(1); // the Northern region holds Soroca
		expect(placeFit({ countries: ['MD'], regions: [] }, LV)).toBe(0);
		expect(placeFit({ countries: [], regions: [] }, LV)).toBe(0.7);
		const wantsBalti = p({ id: 'a', direction: 'request', regions: [22], countries: ['MD'] });
		expect(scoreMatch(wantsBalti, p({ id: 'b', home: BALTI }))!.reasons).toContain('region');
		expect(scoreMatch(wantsBalti, p({ id: 'c', home: LV }))).toBeNull();
	});

	it('languages add to the score; below the threshold there is no match', () => {
		const req = p({ id: 'r', direction: 'request', languages: ['lv'] });
		const withLang = scoreMatch(req, p({ id: 'a', languages: ['lv'] }))!;
		const without = scoreMatch(req, p({ id: 'b', languages: ['ro'] }))!;
		expect(withLang.score).toBeGreaterThan(without.score);
		expect(without.reasons).not.toContain('language');
		expect(scoreMatch(req, p({ id: 'b', languages: ['ro'] }), 0.99)).toBeNull();
		expect(MATCH_THRESHOLD).toBeGreaterThan(0);
	});

	it('lists matches best first', () => {
		const req = p({ id: 'r', direction: 'request' });
		const list = matchesOf(req, [p({ id: 'weak', sectors: [101] }), p({ id: 'strong' }), p({ id: 'none', direction: 'request' })]);
		expect(list.map((x) => x.id)).toEqual(['strong', 'weak']);
	});
});
