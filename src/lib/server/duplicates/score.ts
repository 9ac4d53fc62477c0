/** Why a listing may be the same as the one being submitted. */
export type DuplicateReason = 'name' | 'phone' | 'email' | 'website' | 'municipality';

export type PossibleDuplicate = {
	id: string;
	slug: string;
	name: string;
	municipalityName: string | null;
	status: string;
	reasons: DuplicateReason[];
	/** 0–1, higher = more likely the same. */
	score: number;
};

/** What the database says about one nearby row (trigram similarity and exact key matches). */
export type DuplicateEvidence = {
	nameSimilarity: number;
	samePhone: boolean;
	sameEmail: boolean;
	sameWebsite: boolean;
	sameMunicipality: boolean;
};

/**
 * Names this similar count on their own; in the same municipality a looser match counts, because
 * "Kalnmuižas" and "Kalnmuižnieki" in one novads are worth a look, in different ones rarely.
 */
export const NAME_THRESHOLD = 0.5;
export const NAME_THRESHOLD_SAME_MUNICIPALITY = 0.3;

/** Shown to people at most: a long list of maybes helps nobody. */
export const MAX_DUPLICATES = 8;

/**
 * Reasons and score for one row, or null when nothing but the municipality matches
 * (living in the same novads does not make two farms one).
 */
export function judgeDuplicate(e: DuplicateEvidence): { reasons: DuplicateReason[]; score: number } | null {
	const threshold = e.sameMunicipality ? NAME_THRESHOLD_SAME_MUNICIPALITY : NAME_THRESHOLD;
	const reasons: DuplicateReason[] = [];
	if (e.nameSimilarity >= threshold) reasons.push('name');
	if (e.samePhone) reasons.push('phone');
	if (e.sameEmail) reasons.push('email');
	if (e.sameWebsite) reasons.push('website');
	if (reasons.length === 0) return null;
	if (e.sameMunicipality) reasons.push('municipality');

	// A shared phone or e-mail is almost proof; a similar name is as strong as it is similar.
	const contact = Math.max(e.samePhone ? 0.7 : 0, e.sameEmail ? 0.7 : 0, e.sameWebsite ? 0.6 : 0);
	const name = reasons.includes('name') ? e.nameSimilarity : 0;
	let score = Math.max(contact, name * 0.8);
	score += (1 - score) * (contact > 0 && name > 0 ? 0.5 : 0); // both agree
	score += (1 - score) * (e.sameMunicipality ? 0.25 : 0);
	return { reasons, score: Math.round(Math.min(1, score) * 100) / 100 };
}

/** Best first; ties in Latvian name order so the list does not shuffle between requests. */
export function rankDuplicates(items: PossibleDuplicate[]): PossibleDuplicate[] {
	const collator = new Intl.Collator('lv');
	return [...items].sort((a, b) => b.score - a.score || collator.compare(a.name, b.name)).slice(0, MAX_DUPLICATES);
}
