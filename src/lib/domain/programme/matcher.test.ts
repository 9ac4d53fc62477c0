import { describe, expect, it } from 'vitest';
import { haversineKm, needsWords, proposeMatches, rankMentors, scorePair, WEIGHTS, type MatchMentee, type MatchMentor } from './matcher';
import { SOCIAL_FIELD_WORDS, socialSectorKey } from './social-fields';

// municipality centres (approximate): Jelgava, Ķekava, Ogre, Balvi
const JELGAVA = { id: 1, centre: { lat: 56.65, lng: 23.72 } };
const KEKAVA = { id: 2, centre: { lat: 56.83, lng: 24.23 } };
const OGRE = { id: 3, centre: { lat: 56.82, lng: 24.6 } };
const BALVI = { id: 4, centre: { lat: 57.13, lng: 27.26 } };

const mentee = (id: string, over: Partial<MatchMentee> = {}): MatchMentee => ({
	id,
	sectors: ['medus'],
	municipalityId: JELGAVA.id,
	centre: JELGAVA.centre,
	languages: ['lv'],
	needs: '',
	...over
});
const mentor = (id: string, over: Partial<MatchMentor> = {}): MatchMentor => ({
	id,
	sectors: ['medus'],
	municipalityIds: [JELGAVA.id],
	centre: JELGAVA.centre,
	languages: ['lv'],
	capacity: 2,
	load: 0,
	...over
});

/** A seeded pseudo-random generator, so the generated cases are the same on every run. */
function prng(seed: number) {
	let s = seed >>> 0;
	return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const SECTORS = ['medus', 'gala', 'darzeni', socialSectorKey('education'), socialSectorKey('health'), 'amatnieciba'];
const LANGS = ['lv', 'en', 'ro', 'ru'];
const PLACES = [JELGAVA, KEKAVA, OGRE, BALVI];
function generated(seed: number, menteeCount: number, mentorCount: number) {
	const r = prng(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
	const some = <T>(xs: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(xs)))];
	const mentees = Array.from({ length: menteeCount }, (_, i) => {
		const place = pick(PLACES);
		return mentee(`e${String(i).padStart(3, '0')}`, { sectors: some(SECTORS, 1 + Math.floor(r() * 2)), municipalityId: place.id, centre: place.centre, languages: some(LANGS, 1 + Math.floor(r() * 2)) });
	});
	const mentors = Array.from({ length: mentorCount }, (_, i) => {
		const place = pick(PLACES);
		return mentor(`t${String(i).padStart(3, '0')}`, { sectors: some(SECTORS, 2), municipalityIds: [place.id], centre: place.centre, languages: some(LANGS, 1 + Math.floor(r() * 2)), capacity: Math.floor(r() * 4), load: Math.floor(r() * 2) });
	});
	return { mentees, mentors };
}

describe('the mentor matcher', () => {
	it('measures distance between municipality centres (Jelgava–Balvi about 220 km)', () => {
		expect(haversineKm(JELGAVA.centre, JELGAVA.centre)).toBe(0);
		expect(haversineKm(JELGAVA.centre, BALVI.centre)).toBeGreaterThan(200);
		expect(haversineKm(JELGAVA.centre, BALVI.centre)).toBeLessThan(240);
	});

	it('gives a perfect pair 100 points, and the parts add up to the score', () => {
		const [p] = proposeMatches([mentee('a', { needs: 'Vēlos ražot medu' })], [mentor('m')], { medus: ['medus', 'medu'] });
		expect(p.parts).toEqual(WEIGHTS);
		expect(p.score).toBe(100);
		expect(p.distanceKm).toBe(0);
		const q = scorePair(mentee('b', { sectors: ['medus', 'gala'], municipalityId: OGRE.id, centre: OGRE.centre }), mentor('m', { load: 1 }))!;
		expect(q.score).toBe(q.parts.sector + q.parts.region + q.parts.language + q.parts.capacity + q.parts.needs);
		expect(q.parts.sector).toBe(20);
		expect(q.parts.capacity).toBe(5);
	});

	it('never pairs people without a shared language', () => {
		expect(proposeMatches([mentee('a', { languages: ['ru'] })], [mentor('m', { languages: ['lv', 'en'] })])).toEqual([]);
		expect(scorePair(mentee('a', { languages: ['ru'] }), mentor('m'))).toBeNull();
		const { mentees, mentors } = generated(7, 120, 30);
		const langs = new Map(mentors.map((t) => [t.id, t.languages]));
		for (const p of proposeMatches(mentees, mentors)) {
			const m = mentees.find((x) => x.id === p.menteeId)!;
			expect(m.languages.some((l) => langs.get(p.mentorId)!.includes(l))).toBe(true);
		}
	});

	it('never proposes a mentor the mentee had a declined pair with again', () => {
		const a = mentee('a', { excluded: ['m1'] });
		expect(proposeMatches([a], [mentor('m1'), mentor('m2', { municipalityIds: [BALVI.id], centre: BALVI.centre })]).map((p) => p.mentorId)).toEqual(['m2']);
		expect(rankMentors(a, [mentor('m1')])).toEqual([]);
		expect(scorePair(a, mentor('m1'))).not.toBeNull();
	});

	it('prefers the mentee’s first language', () => {
		const a = mentee('a', { languages: ['ru', 'lv'] });
		const [p] = proposeMatches([a], [mentor('m1', { languages: ['lv'] }), mentor('m2', { languages: ['ru'] })]);
		expect(p.mentorId).toBe('m2');
		expect(scorePair(a, mentor('m1'))!.parts.language).toBe(WEIGHTS.language / 2);
	});

	it('never gives a mentor more mentees than their capacity, counting the ones they have', () => {
		const mentees = ['a', 'b', 'c', 'd', 'e'].map((id) => mentee(id));
		const ps = proposeMatches(mentees, [mentor('m1', { capacity: 2, load: 1 }), mentor('m2', { capacity: 2 }), mentor('m3', { capacity: 0 })]);
		expect(ps.filter((p) => p.mentorId === 'm1')).toHaveLength(1);
		expect(ps.filter((p) => p.mentorId === 'm2')).toHaveLength(2);
		expect(ps.filter((p) => p.mentorId === 'm3')).toHaveLength(0);
		expect(ps).toHaveLength(3);
		for (const seed of [1, 2, 3, 4, 5]) {
			const g = generated(seed, 150, 40);
			const ps2 = proposeMatches(g.mentees, g.mentors);
			for (const t of g.mentors) expect(t.load + ps2.filter((p) => p.mentorId === t.id).length).toBeLessThanOrEqual(Math.max(t.load, t.capacity));
			// one proposal per mentee at most
			expect(new Set(ps2.map((p) => p.menteeId)).size).toBe(ps2.length);
		}
	});

	it('prefers the nearer mentor when the sectors are equal', () => {
		const a = mentee('a', { municipalityId: KEKAVA.id, centre: KEKAVA.centre });
		const near = mentor('z-near', { municipalityIds: [OGRE.id], centre: OGRE.centre });
		const far = mentor('a-far', { municipalityIds: [BALVI.id], centre: BALVI.centre });
		const [p] = proposeMatches([a], [far, near]);
		expect(p.mentorId).toBe('z-near');
		expect(p.distanceKm).toBeGreaterThan(15);
		expect(p.distanceKm).toBeLessThan(30);
		// meeting in the mentee's own municipality is worth the full region points
		const there = scorePair(a, mentor('x', { municipalityIds: [JELGAVA.id, KEKAVA.id] }))!;
		expect(there.parts.region).toBe(WEIGHTS.region);
	});

	it('counts a mentee’s own words that name the mentor’s sectors', () => {
		const words = { [socialSectorKey('education')]: SOCIAL_FIELD_WORDS.education, gala: ['gala', 'galas'] };
		const a = mentee('a', { sectors: [], needs: 'Gribu rīkot apmācības skolēniem un pārdot gaļas produktus' });
		expect(needsWords(a.needs)).toContain('apmacibas');
		const p = scorePair(a, mentor('m', { sectors: [socialSectorKey('education'), 'gala'] }), words)!;
		expect(p.parts.needs).toBe(WEIGHTS.needs);
		expect(scorePair(a, mentor('m', { sectors: ['gala', 'medus'] }), words)!.parts.needs).toBe(Math.round(WEIGHTS.needs / 2));
		expect(scorePair(a, mentor('m', { sectors: ['medus'] }), words)!.parts.needs).toBe(0);
	});

	it('takes the best pair of all first, so a mentor goes to the mentee they suit best', () => {
		// m fits b perfectly and a only by language; a must take n
		const a = mentee('a', { sectors: ['gala'] });
		const b = mentee('b', { sectors: ['medus'] });
		const ps = proposeMatches([a, b], [mentor('m', { capacity: 1 }), mentor('n', { capacity: 1, sectors: ['gala'], municipalityIds: [BALVI.id], centre: BALVI.centre })]);
		expect(ps.map((p) => [p.menteeId, p.mentorId])).toEqual([
			['b', 'm'],
			['a', 'n']
		]);
	});

	it('is deterministic: ties go to the smaller ids, and the input order does not matter', () => {
		const ps = proposeMatches([mentee('b'), mentee('a')], [mentor('y', { capacity: 1 }), mentor('x', { capacity: 1 })]);
		expect(ps.map((p) => `${p.menteeId}-${p.mentorId}`)).toEqual(['a-x', 'b-y']);
		const g = generated(11, 200, 60);
		const once = proposeMatches(g.mentees, g.mentors);
		const again = proposeMatches([...g.mentees].reverse(), [...g.mentors].reverse());
		expect(again).toEqual(once);
		expect(once.length).toBeGreaterThan(50);
	});

	it('ranks the other mentors for a swap, best first, leaving out full ones and those without a shared language', () => {
		const a = mentee('a');
		const ranked = rankMentors(a, [mentor('far', { municipalityIds: [BALVI.id], centre: BALVI.centre }), mentor('full', { capacity: 1, load: 1 }), mentor('ru', { languages: ['ru'] }), mentor('near')]);
		expect(ranked.map((p) => p.mentorId)).toEqual(['near', 'far']);
		expect(rankMentors(a, [mentor('a1'), mentor('a2'), mentor('a3')], {}, 2)).toHaveLength(2);
	});

	it('scores every score between 0 and 100', () => {
		const g = generated(3, 60, 20);
		for (const e of g.mentees)
			for (const t of g.mentors) {
				const p = scorePair(e, t);
				if (p) expect(p.score).toBeGreaterThanOrEqual(0);
				if (p) expect(p.score).toBeLessThanOrEqual(100);
			}
	});
});
