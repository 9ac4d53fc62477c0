import { localized } from '$lib/domain/localized';
import type { Db } from '$lib/server/db/types';
import type { ResourceScope } from '$lib/server/auth/permissions';
import { findClaim, listPendingClaims } from './claims-repository';
import { emailsMatch } from './domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function pendingClaims(db: Db, reach: readonly number[] | null, locale: string) {
	const rows = await listPendingClaims(db, reach === null ? null : [...reach]);
	return rows.map((r) => ({
		id: r.id,
		producerName: r.producerName,
		producerSlug: r.producerSlug,
		producerEmail: r.producerEmail,
		municipality: localized(r.municipalityName, locale),
		claimantName: r.claimantName,
		claimantEmail: r.claimantEmail,
		claimantVerified: r.claimantVerified,
		/** Same domain as the listing's e-mail: a hint for the moderator, not a proof. */
		sameDomain: !!r.producerEmail && emailsMatch(r.producerEmail.split('@')[1], r.claimantEmail.split('@')[1]),
		/** The listing names another address: flagged, and that address was told of the claim. */
		emailDiffers: !!r.producerEmail && !emailsMatch(r.producerEmail, r.claimantEmail),
		message: r.message,
		createdAt: r.createdAt.toISOString()
	}));
}

/** Where a claim's listing is, for `authorize(…, 'review:claim', …)` (municipality ids are strings there). */
export async function claimScope(db: Db, claimId: string): Promise<ResourceScope> {
	if (!UUID.test(claimId)) return {};
	const claim = await findClaim(db, claimId);
	return { municipalityId: claim ? String(claim.municipalityId) : null };
}
