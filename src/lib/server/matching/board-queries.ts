/**
 * The matching board of one cohort (issue 17): its accepted mentees without a live pair, the
 * matcher's proposal for each with the score's parts and what they rest on, other mentors to swap
 * to, every active mentor for an override (with places left, which may be none), and the pairs so far.
 */
import type { ProposalView } from '$lib/contracts/matching';
import type { Db } from '../db/types';
import { proposeMatches, rankMentors, type MatchMentee, type MatchMentor, type Proposal } from '../../domain/programme/matcher';
import { localized } from '../../domain/localized';
import { sortLatvian } from '../../text/collation';
import { municipalities, sectorLabels, sectorWords, type Municipality } from '../mentors/choices';
import { listMentorsOfOrganisation, mentorLoads, type MentorRow } from '../mentors/mentors-repository';
import { declinedMentorsOf, listMatchesOfCohort, type BoardMatch } from './matches-repository';
import { findCohortOfOrganisation, unmatchedMentees, type MenteeRow } from './mentees-repository';

export type BoardMentee = { id: string; name: string; sectors: string[]; municipality: string | null; languages: string[]; needs: string; proposal: ProposalView | null; alternatives: ProposalView[] };

export type MatchingBoard = {
	cohort: { id: string; title: string; programmeTitle: string; startsOn: string; endsOn: string };
	mentees: BoardMentee[];
	overrideMentors: { id: string; name: string; placesLeft: number }[];
	matches: BoardMatch[];
	mentorCount: number;
};

const nameOf = (row: { name: string | null }) => row.name ?? '—';

export async function matchingBoard(db: Db, q: { organisationId: string; cohortId: string; locale: string }): Promise<MatchingBoard | null> {
	const cohort = await findCohortOfOrganisation(db, q.cohortId, q.organisationId);
	if (!cohort) return null;
	const [mentees, pool, munis, words, labels, matches] = await Promise.all([
		unmatchedMentees(db, cohort.id),
		listMentorsOfOrganisation(db, q.organisationId),
		municipalities(db, q.locale),
		sectorWords(db),
		sectorLabels(db, q.locale),
		listMatchesOfCohort(db, cohort.id)
	]);
	const active = pool.filter((t) => t.active);
	const loads = await mentorLoads(db, active.map((t) => t.id));
	const declined = await declinedMentorsOf(db, mentees.map((e) => e.id));
	const byMuni = new Map<number, Municipality>(munis.map((mu) => [mu.id, mu]));

	const matchMentees = mentees.map((e) => toMatchMentee(e, byMuni, declined.get(e.id) ?? []));
	const matchMentors = active.map((t) => toMatchMentor(t, byMuni, loads.get(t.id) ?? 0));
	const proposals = new Map(proposeMatches(matchMentees, matchMentors, words).map((p) => [p.menteeId, p]));
	const mentorById = new Map(active.map((t) => [t.id, t]));
	const label = (key: string) => labels.get(key) ?? key;

	const view = (e: MatchMentee, p: Proposal): ProposalView => {
		const t = mentorById.get(p.mentorId)!;
		const load = loads.get(t.id) ?? 0;
		return {
			mentorId: t.id,
			mentorName: nameOf(t),
			score: p.score,
			parts: p.parts,
			why: {
				sectors: e.sectors.filter((s) => t.sectors.includes(s)).map(label),
				sameMunicipality: e.municipalityId !== null && t.municipalityIds.includes(e.municipalityId),
				distanceKm: p.distanceKm,
				languages: e.languages.filter((l) => t.languages.includes(l)),
				placesLeft: Math.max(0, t.capacity - load),
				capacity: t.capacity
			}
		};
	};

	return {
		cohort: { id: cohort.id, title: localized(cohort.title, q.locale), programmeTitle: localized(cohort.programmeTitle, q.locale), startsOn: cohort.startsOn, endsOn: cohort.endsOn },
		mentees: mentees.map((e, i) => {
			const me = matchMentees[i];
			const p = proposals.get(e.id) ?? null;
			const others = rankMentors(me, matchMentors, words, 5).filter((a) => a.mentorId !== p?.mentorId).slice(0, 4);
			return {
				id: e.id,
				name: nameOf(e),
				sectors: e.sectors.map(label),
				municipality: e.municipalityId ? (byMuni.get(e.municipalityId)?.name ?? null) : null,
				languages: e.languages,
				needs: e.needs,
				proposal: p ? view(me, p) : null,
				alternatives: others.map((a) => view(me, a))
			};
		}),
		overrideMentors: sortLatvian(active.map((t) => ({ id: t.id, name: nameOf(t), placesLeft: Math.max(0, t.capacity - (loads.get(t.id) ?? 0)) })), (t) => t.name),
		matches,
		mentorCount: active.length
	};
}

export function toMatchMentee(e: MenteeRow, byMuni: Map<number, Municipality>, excluded: string[] = []): MatchMentee {
	return { id: e.id, sectors: e.sectors, municipalityId: e.municipalityId, centre: e.municipalityId ? (byMuni.get(e.municipalityId)?.centre ?? null) : null, languages: e.languages, needs: e.needs, excluded };
}

export function toMatchMentor(t: MentorRow, byMuni: Map<number, Municipality>, load: number): MatchMentor {
	const home = t.municipalityIds[0];
	return { id: t.id, sectors: t.sectors, municipalityIds: t.municipalityIds, centre: home ? (byMuni.get(home)?.centre ?? null) : null, languages: t.languages, capacity: t.capacity, load };
}
