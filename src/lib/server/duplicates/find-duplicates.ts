import type { Db } from '../db/types';
import { localized } from '../../domain/localized';
import { findDuplicateRows, type ListingTable } from './duplicates-repository';
import { dedupeEmail, dedupeName, dedupePhone, dedupeWebsite, distinctiveSimilarity } from './normalize';
import { judgeDuplicate, rankDuplicates, type PossibleDuplicate } from './score';

export type { DuplicateReason, PossibleDuplicate } from './score';

export type DuplicateEntityType = 'producer' | 'sales_point' | 'organisation' | 'place';

export type DuplicateCandidate = {
	name: string;
	phone?: string | null;
	email?: string | null;
	website?: string | null;
	/** Territory id of the municipality (string or number: forms send strings). */
	municipalityId?: string | number | null;
	/** The listing itself, when an existing one is being edited. */
	excludeId?: string;
	/** Which listings to compare with; producers unless said otherwise. */
	entityType?: DuplicateEntityType;
};

const TABLE: Record<DuplicateEntityType, ListingTable> = {
	producer: 'producers',
	sales_point: 'sales_points',
	organisation: 'organisations',
	place: 'places'
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Listings that may be the one being submitted: a similar name (pg_trgm on the name without legal
 * form, quotes and diacritics), the same phone (E.164), e-mail or website; the same municipality
 * makes a name match count earlier and raises the score. Archived listings are ignored.
 * Best first, at most MAX_DUPLICATES; municipality names in the reader's language.
 */
export async function findPossibleDuplicates(db: Db, candidate: DuplicateCandidate, locale = 'lv'): Promise<PossibleDuplicate[]> {
	const asNumber = Number(candidate.municipalityId ?? NaN);
	const municipalityId = Number.isInteger(asNumber) && asNumber > 0 ? asNumber : null;
	const name = dedupeName(candidate.name ?? '');
	const rows = await findDuplicateRows(db, TABLE[candidate.entityType ?? 'producer'], {
		name,
		phone: dedupePhone(candidate.phone),
		email: dedupeEmail(candidate.email),
		website: dedupeWebsite(candidate.website),
		municipalityId,
		excludeId: candidate.excludeId && UUID.test(candidate.excludeId) ? candidate.excludeId : null
	});
	const found: PossibleDuplicate[] = [];
	for (const row of rows) {
		// a shared "darbnīca" does not make a cheese and a leather workshop one: compare what is left
		const distinctive = distinctiveSimilarity(name, dedupeName(row.name));
		const verdict = judgeDuplicate({
			nameSimilarity: distinctive === null ? row.nameSimilarity : Math.min(row.nameSimilarity, distinctive),
			samePhone: row.samePhone,
			sameEmail: row.sameEmail,
			sameWebsite: row.sameWebsite,
			sameMunicipality: municipalityId !== null && row.municipalityId === municipalityId
		});
		if (!verdict) continue;
		found.push({
			id: row.id,
			slug: row.slug,
			name: row.name,
			municipalityName: row.municipalityName ? localized(row.municipalityName, locale) : null,
			status: row.status,
			...verdict
		});
	}
	return rankDuplicates(found);
}
