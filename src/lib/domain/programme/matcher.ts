/**
 * The mentor matcher (issue 17): a pure function from a cohort's unmatched mentees and an
 * organisation's active mentors to proposed pairs, each with a score 0–100 that the coordinator
 * sees with its parts. No I/O: the matching board and the benchmark feed it plain data.
 *
 * Parts (points out of their weight): sector overlap, region (same municipality, else distance
 * between municipality centres), language (a shared language is required: without one the pair is
 * never proposed), capacity left, and the mentee's own words naming the mentor's sectors.
 * Assignment is greedy: the best pair of all is taken first, then the best of what is left, while
 * no mentor goes over capacity. Ties go to the smaller mentee id, then the smaller mentor id, so the
 * same input always gives the same proposals.
 */
import { foldText } from '../../text/fold';

export type LatLng = { lat: number; lng: number };

export type MatchMentee = {
	id: string;
	sectors: readonly string[];
	municipalityId: number | null;
	/** The centre of the mentee's municipality. */
	centre: LatLng | null;
	/** The first is the one they prefer. */
	languages: readonly string[];
	needs: string;
	/** Mentors never to propose again to this mentee (one of them declined the pair before). */
	excluded?: readonly string[];
};

export type MatchMentor = {
	id: string;
	sectors: readonly string[];
	/** Where they can meet; the first is where they are. */
	municipalityIds: readonly number[];
	/** The centre of their first municipality. */
	centre: LatLng | null;
	languages: readonly string[];
	capacity: number;
	/** Mentees they already have (live pairs). */
	load: number;
};

export type ScoreParts = { sector: number; region: number; language: number; capacity: number; needs: number };

export type Proposal = { menteeId: string; mentorId: string; score: number; parts: ScoreParts; distanceKm: number | null };

/** Points each part is worth; they add up to 100. */
export const WEIGHTS: ScoreParts = { sector: 40, region: 25, language: 10, capacity: 10, needs: 15 };
/** Beyond this distance between municipality centres a pair gets no region points. */
export const REGION_ZERO_KM = 200;

/** Folded words per sector key (directory category keywords, social-field words). */
export type SectorWords = Readonly<Record<string, readonly string[]>>;

const EARTH_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function haversineKm(a: LatLng, b: LatLng): number {
	const dLat = rad(b.lat - a.lat);
	const dLng = rad(b.lng - a.lng);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
	return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The folded words of a text, once each (the needs are read once per mentee, not per pair). */
export function needsWords(text: string): string[] {
	return [...new Set(foldText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3))];
}

/** How many of a sector's words start one of the mentee's words. */
function needsHits(words: readonly string[], sectors: readonly string[], sectorWords: SectorWords): number {
	let hits = 0;
	for (const sector of sectors) {
		const stems = sectorWords[sector];
		if (stems && stems.some((stem) => stem.length >= 3 && words.some((w) => w.startsWith(stem)))) hits++;
	}
	return hits;
}

type Base = { parts: Omit<ScoreParts, 'capacity'>; raw: number; distanceKm: number | null };

/** Everything but capacity, which changes as mentees are assigned; null when they share no language. */
function baseScore(mentee: MatchMentee, words: readonly string[], mentor: MatchMentor, sectorWords: SectorWords): Base | null {
	if (mentee.excluded?.includes(mentor.id)) return null;
	const shared = mentee.languages.filter((l) => mentor.languages.includes(l));
	if (shared.length === 0) return null;
	const language = shared.includes(mentee.languages[0]) ? 1 : 0.5;

	// a mentee who named no sector is open to anyone: half the points, so a real overlap still wins
	const overlap = mentee.sectors.filter((s) => mentor.sectors.includes(s)).length;
	const sector = mentee.sectors.length === 0 ? 0.5 : overlap / mentee.sectors.length;

	const distanceKm = mentee.centre && mentor.centre ? haversineKm(mentee.centre, mentor.centre) : null;
	const meetsThere = mentee.municipalityId !== null && mentor.municipalityIds.includes(mentee.municipalityId);
	const region = meetsThere ? 1 : distanceKm === null ? 0 : Math.max(0, 1 - distanceKm / REGION_ZERO_KM);

	// two sectors named in the mentee's words is all the evidence needed (one for a one-sector mentor)
	const needs = mentor.sectors.length === 0 ? 0 : Math.min(1, needsHits(words, mentor.sectors, sectorWords) / Math.min(2, mentor.sectors.length));

	const parts = { sector: sector * WEIGHTS.sector, region: region * WEIGHTS.region, language: language * WEIGHTS.language, needs: needs * WEIGHTS.needs };
	return { parts, raw: parts.sector + parts.region + parts.language + parts.needs, distanceKm };
}

const capacityPoints = (mentor: MatchMentor, load: number) => (mentor.capacity > 0 ? ((mentor.capacity - load) / mentor.capacity) * WEIGHTS.capacity : 0);

/** Rounded parts and their sum, so the score shown is exactly what its parts add up to. */
function finish(mentee: MatchMentee, mentor: MatchMentor, base: Base, load: number): Proposal {
	const parts: ScoreParts = {
		sector: Math.round(base.parts.sector),
		region: Math.round(base.parts.region),
		language: Math.round(base.parts.language),
		capacity: Math.round(capacityPoints(mentor, load)),
		needs: Math.round(base.parts.needs)
	};
	const score = parts.sector + parts.region + parts.language + parts.capacity + parts.needs;
	return { menteeId: mentee.id, mentorId: mentor.id, score, parts, distanceKm: base.distanceKm === null ? null : Math.round(base.distanceKm) };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One proposal per mentee who can be matched: greedy by best score, never past a mentor's
 * capacity, never without a shared language. Returned in the order they were chosen.
 */
export function proposeMatches(mentees: readonly MatchMentee[], mentors: readonly MatchMentor[], sectorWords: SectorWords = {}): Proposal[] {
	const ms = [...mentees].sort(byId);
	const ts = [...mentors].sort(byId);
	// the base of every pair once (12,000 for 200 × 60); only capacity is recomputed per round
	const bases: (Base | null)[][] = ms.map((mentee) => {
		const words = needsWords(mentee.needs);
		return ts.map((mentor) => baseScore(mentee, words, mentor, sectorWords));
	});
	const load = ts.map((t) => Math.max(0, t.load));
	const done = new Array<boolean>(ms.length).fill(false);
	const out: Proposal[] = [];
	for (;;) {
		let best = -1;
		let bestI = -1;
		let bestJ = -1;
		const capPoints = ts.map((t, j) => capacityPoints(t, load[j]));
		for (let i = 0; i < ms.length; i++) {
			if (done[i]) continue;
			const row = bases[i];
			for (let j = 0; j < ts.length; j++) {
				const b = row[j];
				if (!b || load[j] >= ts[j].capacity) continue;
				const total = b.raw + capPoints[j];
				// strictly greater: on a tie the earlier (smaller) mentee and mentor id stay chosen
				if (total > best) {
					best = total;
					bestI = i;
					bestJ = j;
				}
			}
		}
		if (bestI < 0) return out;
		out.push(finish(ms[bestI], ts[bestJ], bases[bestI][bestJ]!, load[bestJ]));
		done[bestI] = true;
		load[bestJ]++;
	}
}

/**
 * The mentors one mentee could have, best first (for "swap" on the board): every mentor with a
 * shared language and a place left, scored against their current load.
 */
export function rankMentors(mentee: MatchMentee, mentors: readonly MatchMentor[], sectorWords: SectorWords = {}, limit = 5): Proposal[] {
	const words = needsWords(mentee.needs);
	const scored: { p: Proposal; raw: number }[] = [];
	for (const mentor of [...mentors].sort(byId)) {
		if (mentor.load >= mentor.capacity) continue;
		const base = baseScore(mentee, words, mentor, sectorWords);
		if (base) scored.push({ p: finish(mentee, mentor, base, mentor.load), raw: base.raw + capacityPoints(mentor, mentor.load) });
	}
	// stable sort: equal scores keep the id order
	return scored
		.sort((a, b) => b.raw - a.raw)
		.slice(0, limit)
		.map((s) => s.p);
}

/** The score of a pair the coordinator chose themselves (an override): null without a shared language. */
export function scorePair(mentee: MatchMentee, mentor: MatchMentor, sectorWords: SectorWords = {}): Proposal | null {
	// the coordinator may choose a mentor declined before: the score is still the pair's
	const base = baseScore({ ...mentee, excluded: [] }, needsWords(mentee.needs), mentor, sectorWords);
	return base ? finish(mentee, mentor, base, Math.min(mentor.load, Math.max(0, mentor.capacity))) : null;
}
