/**
 * What the public answer page shows to one side of a proposed pair, from their personal link only:
 * the other side (a mentor: name, bio, sectors, experience, directory listing; a mentee: name,
 * sectors, municipality, needs), the programme, and where the pair stands. Nothing about anyone else.
 */
import { localized } from '$lib/domain/localized';
import type { Db } from '../db/types';
import { readPairToken, type PairSide } from '../mentoring/tokens';
import { municipalities, sectorLabels } from '../mentors/choices';
import { findMentor } from '../mentors/mentors-repository';
import { findPersonById } from '../people/people-repository';
import { findMatchFacts, type MatchStatus } from './matches-repository';
import { findMentee } from './mentees-repository';

export type AnswerView = {
	side: PairSide;
	status: MatchStatus;
	programmeTitle: string;
	cohortTitle: string;
	myName: string | null;
	iAccepted: boolean;
	otherAccepted: boolean;
	mentor: { name: string; bio: string; sectors: string[]; experience: string; languages: string[]; listing: { slug: string; name: string } | null } | null;
	mentee: { name: string; sectors: string[]; municipality: string | null; needs: string; languages: string[] } | null;
};

/** The page for a link, or null for a forged, cut or stale link (the page then says so). */
export async function answerView(db: Db, token: string, locale: string): Promise<AnswerView | null> {
	const link = readPairToken(token);
	if (!link) return null;
	const match = await findMatchFacts(db, link.matchId);
	if (!match) return null;
	const labels = await sectorLabels(db, locale);
	const label = (k: string) => labels.get(k) ?? k;
	const me = await findPersonById(db, link.side === 'mentee' ? match.menteePersonId : match.mentorPersonId);
	const view: AnswerView = {
		side: link.side,
		status: match.status,
		programmeTitle: localized(match.programmeTitle, locale),
		cohortTitle: localized(match.cohortTitle, locale),
		myName: me?.name ?? null,
		iAccepted: !!(link.side === 'mentee' ? match.menteeAcceptedAt : match.mentorAcceptedAt),
		otherAccepted: !!(link.side === 'mentee' ? match.mentorAcceptedAt : match.menteeAcceptedAt),
		mentor: null,
		mentee: null
	};
	if (link.side === 'mentee') {
		const t = await findMentor(db, match.mentorId);
		if (t) {
			view.mentor = {
				name: t.name ?? '—',
				bio: localized(t.bio, locale),
				sectors: t.sectors.map(label),
				experience: t.experience,
				languages: t.languages,
				listing: t.producerSlug && t.producerName ? { slug: t.producerSlug, name: t.producerName } : null
			};
		}
	} else {
		const e = await findMentee(db, match.cohortId, match.applicationId);
		if (e) {
			const muni = e.municipalityId ? (await municipalities(db, locale)).find((mu) => mu.id === e.municipalityId) : null;
			view.mentee = { name: e.name ?? '—', sectors: e.sectors.map(label), municipality: muni?.name ?? null, needs: e.needs, languages: e.languages };
		}
	}
	return view;
}
