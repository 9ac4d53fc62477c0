/**
 * "Suggest a producer" (no account needed). The suggestion is stored at once but stays
 * `unconfirmed` (its new listing a `draft`) until the suggester opens the e-mail link; only then
 * does it enter the moderators' queue. Rate limits count per IP and per e-mail in the database,
 * in the suggestion's own transaction.
 */
import { createHash, randomBytes } from 'node:crypto';
import { config } from '../config/env';
import type { Db } from '../db/types';
import { recordAudit } from '../audit/audit-repository';
import { saveImage, type PreparedImage } from '../images/flow';
import { consumeRateLimit } from '../rate-limit/rate-limit';
import { parseProposal } from './drafts';
import { audit } from './effects';
import { spendFormToken } from './form-token-use';
import { setListingStatus } from './listings-repository';
import { mailSuggestionConfirmation } from './mails';
import { submitRevisionIn } from './revisions-flow';
import { confirmByTokenHash } from './revisions-repository';
import { findSameSuggestion } from './suggestions-repository';

export type SuggestionFields = {
	name: string;
	kind: string;
	whatTheyMake: string;
	categoryIds: number[];
	municipalityId: number;
	address: string | null;
	phone: string | null;
	email: string | null;
	website: string | null;
	facebook: string | null;
};

export const SUGGESTION_LIMITS = {
	// configurable: behind a shared NAT (a village library, a school) one address is many people
	get perIp() {
		return { limit: config().SUGGESTIONS_PER_IP_HOUR, windowSeconds: 3600 };
	},
	perEmail: { limit: 5, windowSeconds: 86_400 }
} as const;

export type SubmitSuggestionResult =
	| { ok: true; revisionId: string; entityId: string; photoId: string | null; repeated: boolean }
	| { ok: false; reason: 'rate_limited'; retryAfterSeconds: number }
	| { ok: false; reason: 'expired' | 'photo_storage' };
type Refusal = Extract<SubmitSuggestionResult, { ok: false }>;

/** Thrown inside the transaction so everything in it (the form token, both rate-limit counters) is rolled back. */
class SuggestionRefused extends Error {
	constructor(readonly refusal: Refusal) {
		super(`suggestion refused: ${refusal.reason}`);
	}
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The draft of a suggested producer; the location stays at municipality precision (it may be someone's home). */
export function suggestionDraft(f: SuggestionFields, locale: string): Record<string, unknown> {
	const description: Record<string, string> = { lv: f.whatTheyMake };
	if (locale !== 'lv') description[locale] = f.whatTheyMake;
	return {
		name: f.name,
		kind: f.kind,
		description,
		categoryIds: f.categoryIds,
		municipalityId: f.municipalityId,
		address: f.address,
		locationPrecision: 'municipality',
		phone: f.phone,
		email: f.email,
		website: f.website,
		facebook: f.facebook
	};
}

export type SubmitSuggestionInput = {
	fields: SuggestionFields;
	suggesterEmail: string;
	locale: string;
	ip: string;
	userId: string | null;
	/** The form's signed start token (already checked by checkFormStart); spent only when the suggestion commits. */
	formToken?: string;
	/** A photo checked and resized before the transaction (`prepareImage`); stored inside it. */
	photo?: PreparedImage;
};

/**
 * One transaction holds everything a suggestion is: the form token, both rate-limit counters, the
 * listing draft, its revision, the confirmation mail and the photo's bytes. A refusal or a storage
 * failure rolls all of it back (no row, no slot used, the token still good for a retry); the same
 * suggestion sent again (a resubmitted form, a lost answer) is answered with the one already stored.
 */
export async function submitSuggestion(db: Db, input: SubmitSuggestionInput): Promise<SubmitSuggestionResult> {
	const email = input.suggesterEmail.trim().toLowerCase();
	const draft = parseProposal('producer', true, suggestionDraft(input.fields, input.locale));
	const token = randomBytes(32).toString('base64url');
	try {
		return await db.transaction(async (tx) => {
			const fresh = input.formToken === undefined || (await spendFormToken(tx, input.formToken));
			const same = await findSameSuggestion(tx, email, draft);
			if (same) return { ok: true, ...same, photoId: null, repeated: true } as const;
			if (!fresh) throw new SuggestionRefused({ ok: false, reason: 'expired' });
			// both counters move on every accepted suggestion, so neither one address nor one machine can flood the queue
			const byIp = await consumeRateLimit(tx, { key: `suggest:ip:${input.ip}`, ...SUGGESTION_LIMITS.perIp });
			const byEmail = await consumeRateLimit(tx, { key: `suggest:email:${email}`, ...SUGGESTION_LIMITS.perEmail });
			if (!byIp.allowed || !byEmail.allowed) {
				throw new SuggestionRefused({ ok: false, reason: 'rate_limited', retryAfterSeconds: Math.max(byIp.retryAfterSeconds, byEmail.retryAfterSeconds) });
			}
			const { revisionId, entityId } = await submitRevisionIn(
				tx,
				{ entityType: 'producer', entityId: null, proposed: draft, author: { userId: input.userId, email, locale: input.locale }, source: 'suggestion' },
				{ confirmTokenHash: hashToken(token) }
			);
			await mailSuggestionConfirmation(tx, { to: email, locale: input.locale, name: input.fields.name, token });
			const photoId = input.photo ? await storePhoto(tx, input.photo, input.userId, entityId) : null;
			return { ok: true, revisionId, entityId, photoId, repeated: false } as const;
		});
	} catch (e) {
		if (e instanceof SuggestionRefused) return e.refusal;
		throw e;
	}
}

async function storePhoto(tx: Db, photo: PreparedImage, userId: string | null, producerId: string): Promise<string> {
	try {
		const { id } = await saveImage(tx, photo, { ownerUserId: userId, organisationId: null, producerId });
		await recordAudit(tx, { actorUserId: userId, action: 'image.upload', entityType: 'producer', entityId: producerId, details: { imageId: id, alt: photo.alt } });
		return id;
	} catch (e) {
		// the storage backend failed (not the photo): say so on the form, keep nothing half-stored
		console.error('suggestion photo could not be stored; the suggestion was rolled back', e);
		throw new SuggestionRefused({ ok: false, reason: 'photo_storage' });
	}
}

/** The e-mail link: the suggestion enters the queue. Null for an unknown or already used token. */
export async function confirmSuggestion(db: Db, token: string, now = new Date()): Promise<{ name: string } | null> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
	return db.transaction(async (tx) => {
		const rev = await confirmByTokenHash(tx, hashToken(token), now);
		if (!rev) return null;
		if (rev.isNew) await setListingStatus(tx, rev.entityType, rev.entityId, 'pending');
		await audit(tx, rev.authorUserId, 'confirm_suggestion', rev.entityType, rev.entityId, { revisionId: rev.id });
		return { name: String(rev.proposed.name ?? '') };
	});
}
