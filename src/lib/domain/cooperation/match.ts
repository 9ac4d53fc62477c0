/**
 * Suggested counterparts (issue 19): how well two cooperation profiles fit, 0..1, with the reasons
 * a person reads. Pure: the caller loads each profile's sectors (with their parent categories), the
 * countries and regions it wants, where its owner is (country and territory with its ancestors), and
 * its languages. Incompatible pairs (same owner, two offers of a one-sided kind, kinds that do not
 * meet, named sectors with nothing in common, or one side's wanted places excluding the other's home) are no match at all.
 */
import type { CooperationDirection, CooperationKind } from './kinds';

export type MatchProfile = {
	id: string;
	/** The producer or organisation; its own profiles never match each other. */
	ownerKey: string;
	direction: CooperationDirection;
	kind: CooperationKind;
	/** Category ids of its sectors, and their parents' ids. */
	sectors: readonly number[];
	sectorParents: readonly number[];
	/** Countries (ISO alpha-2) and territories it wants its counterpart in; empty = anywhere. */
	countries: readonly string[];
	regions: readonly number[];
	/** Where the owner is: its country and its territory with every ancestor (raion, region). */
	home: { country: string | null; territories: readonly number[] };
	languages: readonly string[];
};

export type MatchReason = 'offer_request' | 'partners' | 'same_kind' | 'complementary_kind' | 'same_sector' | 'related_sector' | 'region' | 'country' | 'language';
export type MatchResult = { score: number; reasons: MatchReason[] };

/** Below this a pair is not suggested. */
export const MATCH_THRESHOLD = 0.5;

/** Kinds where two seekers (two requests) are each other's answer: both look for a partner. */
const SYMMETRIC: ReadonlySet<CooperationKind> = new Set(['joint_venture', 'municipal_partnership', 'project_partner']);

/** Different kinds that meet: a distributor finds a supplier, know-how feeds a project, … (unordered pairs). */
const COMPLEMENTARY: readonly (readonly [CooperationKind, CooperationKind])[] = [
	['distribution', 'sourcing'],
	['subcontracting', 'sourcing'],
	['tourism_package', 'distribution'],
	['know_how', 'project_partner'],
	['know_how', 'municipal_partnership'],
	['joint_venture', 'project_partner'],
	['municipal_partnership', 'project_partner']
];

export function complementary(a: CooperationKind, b: CooperationKind): boolean {
	return COMPLEMENTARY.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

const meets = <T>(a: readonly T[], b: readonly T[]) => a.some((x) => b.includes(x));

/**
 * How far `wants` accepts `other`'s home: 1 a wanted region or (without regions) a wanted country,
 * 0.7 anywhere (nothing named), 0.4 the right country but not a named region, 0 excluded.
 */
export function placeFit(wants: Pick<MatchProfile, 'countries' | 'regions'>, home: MatchProfile['home']): number {
	if (wants.regions.length > 0) {
		if (meets(wants.regions, home.territories)) return 1;
		return home.country && wants.countries.includes(home.country) ? 0.4 : 0;
	}
	if (wants.countries.length === 0) return 0.7;
	return home.country && wants.countries.includes(home.country) ? 1 : 0;
}

const WEIGHT = { kind: 0.3, sector: 0.3, place: 0.25, language: 0.15 };

/** The fit of two profiles, or null when they cannot be each other's counterpart. */
export function scoreMatch(a: MatchProfile, b: MatchProfile, threshold = MATCH_THRESHOLD): MatchResult | null {
	if (a.id === b.id || a.ownerKey === b.ownerKey) return null;
	const reasons: MatchReason[] = [];
	const opposite = a.direction !== b.direction;
	const bothSeek = !opposite && a.direction === 'request' && SYMMETRIC.has(a.kind) && SYMMETRIC.has(b.kind);
	if (!opposite && !bothSeek) return null;
	reasons.push(opposite ? 'offer_request' : 'partners');

	let kind: number;
	if (a.kind === b.kind) {
		kind = 1;
		reasons.push('same_kind');
	} else if (complementary(a.kind, b.kind)) {
		kind = 0.8;
		reasons.push('complementary_kind');
	} else return null;

	let sector: number;
	if (meets(a.sectors, b.sectors)) {
		sector = 1;
		reasons.push('same_sector');
	} else if (meets(a.sectors, b.sectorParents) || meets(a.sectorParents, b.sectors) || meets(a.sectorParents, b.sectorParents)) {
		sector = 0.6;
		reasons.push('related_sector');
	} else if (a.sectors.length === 0 || b.sectors.length === 0) sector = 0.4;
	else return null; // a honey seller and a carpet weaver's request: both named sectors, none shared

	const fitAB = placeFit(a, b.home);
	const fitBA = placeFit(b, a.home);
	if (fitAB === 0 || fitBA === 0) return null;
	const named = (p: MatchProfile, other: MatchProfile) => p.regions.length > 0 && meets(p.regions, other.home.territories);
	if (named(a, b) || named(b, a)) reasons.push('region');
	else if ((a.countries.length && fitAB === 1) || (b.countries.length && fitBA === 1)) reasons.push('country');

	let language = 0;
	if (meets(a.languages, b.languages)) {
		language = 1;
		reasons.push('language');
	} else if (a.languages.length === 0 || b.languages.length === 0) language = 0.3;

	const score = Math.round((WEIGHT.kind * kind + WEIGHT.sector * sector + WEIGHT.place * ((fitAB + fitBA) / 2) + WEIGHT.language * language) * 1000) / 1000;
	return score >= threshold ? { score, reasons } : null;
}

/** The matches of one profile among others, best first. */
export function matchesOf(profile: MatchProfile, others: readonly MatchProfile[], threshold = MATCH_THRESHOLD): { id: string; score: number; reasons: MatchReason[] }[] {
	return others
		.flatMap((o) => {
			const r = scoreMatch(profile, o, threshold);
			return r ? [{ id: o.id, ...r }] : [];
		})
		.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
}
