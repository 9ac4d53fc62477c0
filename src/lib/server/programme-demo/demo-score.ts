/**
 * The matcher's score for a pair of the mentoring demo, as the board would have shown it when the
 * coordinator confirmed the pair (everyone's load at zero: the score of the pair, not of the order
 * they were chosen in), with the same sector words the board uses.
 */
import { scorePair, type LatLng, type SectorWords } from '$lib/domain/programme/matcher';
import type { Lookups } from './demo';
import type { DemoMentee, DemoMentor } from './demo-data';

const centreOf = (t: { lat: number | null; lng: number | null }): LatLng | null => (t.lat != null && t.lng != null ? { lat: t.lat, lng: t.lng } : null);

export function scoreDemoPair(mentee: DemoMentee, mentor: DemoMentor, find: Lookups, words: SectorWords): { score: number; parts: Record<string, number> } {
	const home = find.territory(mentee.municipality);
	const where = mentor.municipalities.map((slug) => find.territory(slug));
	const proposal = scorePair(
		{ id: 'mentee', sectors: mentee.sectors, municipalityId: home.id, centre: centreOf(home), languages: ['lv'], needs: mentee.needs },
		{ id: 'mentor', sectors: mentor.sectors, municipalityIds: where.map((t) => t.id), centre: centreOf(where[0]), languages: mentor.languages, capacity: mentor.capacity, load: 0 },
		words
	);
	// every demo pair shares Latvian, so the matcher always scores it
	if (!proposal) throw new Error(`Programme demo: no shared language for ${mentor.name}`);
	return { score: proposal.score, parts: { ...proposal.parts } };
}
