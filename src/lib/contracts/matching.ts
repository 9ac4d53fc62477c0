/** Types the matching board's server code and its pages share (issue 17). */
import type { ScoreParts } from '$lib/domain/programme/matcher';

export type ProposalView = {
	mentorId: string;
	mentorName: string;
	score: number;
	parts: ScoreParts;
	/** What each part rests on, for the words next to the points. */
	why: { sectors: string[]; sameMunicipality: boolean; distanceKm: number | null; languages: string[]; placesLeft: number; capacity: number };
};
