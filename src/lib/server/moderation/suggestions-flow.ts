/**
 * "Suggest a producer" (no account needed). The suggestion is stored at once but stays
 * `unconfirmed` (its new listing a `draft`) until the suggester opens the e-mail link; only then
 * does it enter the moderators' queue. Rate limits count per IP and per e-mail in the database.
 */
import { createHash, randomBytes } from 'node:crypto';
import { config } from '../config/env';
import type { Db } from '../db/types';
import { consumeRateLimit } from '../rate-limit/rate-limit';
import { audit } from './effects';
import { setListingStatus } from './listings-repository';
import { mailSuggestionConfirmation } from './mails';
import { submitRevisionIn } from './revisions-flow';
import { confirmByTokenHash } from './revisions-repository';

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

export type SubmitSuggestionResult = { ok: true; revisionId: string; entityId: string } | { ok: false; retryAfterSeconds: number };

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

export async function submitSuggestion(
	db: Db,
	input: { fields: SuggestionFields; suggesterEmail: string; locale: string; ip: string; userId: string | null }
): Promise<SubmitSuggestionResult> {
	const email = input.suggesterEmail.trim().toLowerCase();
	// both counters move on every attempt, so neither one address nor one machine can flood the queue
	const [byIp, byEmail] = [
		await consumeRateLimit(db, { key: `suggest:ip:${input.ip}`, ...SUGGESTION_LIMITS.perIp }),
		await consumeRateLimit(db, { key: `suggest:email:${email}`, ...SUGGESTION_LIMITS.perEmail })
	];
	if (!byIp.allowed || !byEmail.allowed) return { ok: false, retryAfterSeconds: Math.max(byIp.retryAfterSeconds, byEmail.retryAfterSeconds) };

	const token = randomBytes(32).toString('base64url');
	return db.transaction(async (tx) => {
		const { revisionId, entityId } = await submitRevisionIn(
			tx,
			{
				entityType: 'producer',
				entityId: null,
				proposed: suggestionDraft(input.fields, input.locale),
				author: { userId: input.userId, email, locale: input.locale },
				source: 'suggestion'
			},
			{ confirmTokenHash: hashToken(token) }
		);
		await mailSuggestionConfirmation(tx, { to: email, locale: input.locale, name: input.fields.name, token });
		return { ok: true, revisionId, entityId } as const;
	});
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
