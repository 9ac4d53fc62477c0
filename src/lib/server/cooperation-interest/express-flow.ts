/**
 * "I am interested" (issue 19): a signed-in person tells a published profile's owner who they are
 * and why. Refused for a profile that is not published (or expired), one's own profile, a profile
 * one already has an open interest in, or "on behalf of" a profile that is not one's own.
 * The owner side is told by mail queued in the same transaction.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { InterestInput } from '$lib/domain/cooperation-interest/input';
import type { Principal } from '../auth/permissions';
import { cooperationInterests, user } from '../db/schema';
import type { Db } from '../db/types';
import { sideOf } from './access';
import { tellOwnersOfInterest } from './mails';
import { findTargetProfile, myPublishedProfiles } from './profiles';

export type ExpressRefusal = 'not_found' | 'not_published' | 'own_profile' | 'already_open' | 'bad_on_behalf';
export type ExpressResult = { ok: true; id: string } | { ok: false; reason: ExpressRefusal };

export async function expressInterest(
	db: Db,
	a: { principal: NonNullable<Principal>; slug: string; input: InterestInput; locale: string; now?: Date }
): Promise<ExpressResult> {
	const now = a.now ?? new Date();
	const target = await findTargetProfile(db, a.slug, a.locale, now);
	if (!target) return { ok: false, reason: 'not_found' };
	if (!target.published) return { ok: false, reason: 'not_published' };
	const core = { id: '', status: 'pending' as const, fromUserId: '', profileId: target.id, producerId: target.producerId, organisationId: target.organisationId, isDemo: target.isDemo };
	if (sideOf(a.principal, core) === 'owner') return { ok: false, reason: 'own_profile' };
	if (a.input.fromProfileId) {
		const mine = await myPublishedProfiles(db, a.principal, a.locale, now);
		if (!mine.some((p) => p.id === a.input.fromProfileId)) return { ok: false, reason: 'bad_on_behalf' };
	}
	return db.transaction(async (tx) => {
		const [open] = await tx
			.select({ id: cooperationInterests.id })
			.from(cooperationInterests)
			.where(and(eq(cooperationInterests.profileId, target.id), eq(cooperationInterests.fromUserId, a.principal.userId), inArray(cooperationInterests.status, ['pending', 'accepted'])));
		if (open) return { ok: false as const, reason: 'already_open' as const };
		const [row] = await tx
			.insert(cooperationInterests)
			.values({
				profileId: target.id,
				fromProfileId: a.input.fromProfileId,
				fromUserId: a.principal.userId,
				fromName: a.input.fromName,
				message: a.input.message,
				contactEmail: a.input.contactEmail,
				contactPhone: a.input.contactPhone,
				locale: a.locale,
				createdAt: now
			})
			// two sends at the same moment: the open-interest index keeps one, the other is told it is already open
			.onConflictDoNothing()
			.returning({ id: cooperationInterests.id });
		if (!row) return { ok: false as const, reason: 'already_open' as const };
		await tellOwnersOfInterest(tx, { ...target, interestId: row.id, fromName: a.input.fromName });
		return { ok: true as const, id: row.id };
	});
}

/** What the form needs: the target (without contacts), whether it is one's own, an open interest already sent, one's own profiles, the prefill. */
export async function interestFormContext(db: Db, principal: NonNullable<Principal>, slug: string, locale: string, now = new Date()) {
	const target = await findTargetProfile(db, slug, locale, now);
	if (!target) return null;
	const own = sideOf(principal, { id: '', status: 'pending', fromUserId: '', profileId: target.id, producerId: target.producerId, organisationId: target.organisationId, isDemo: target.isDemo }) === 'owner';
	const [me] = await db.select({ name: user.name }).from(user).where(eq(user.id, principal.userId));
	const [open] = await db
		.select({ id: cooperationInterests.id })
		.from(cooperationInterests)
		.where(and(eq(cooperationInterests.profileId, target.id), eq(cooperationInterests.fromUserId, principal.userId), inArray(cooperationInterests.status, ['pending', 'accepted'])));
	return {
		profile: { slug: target.slug, title: target.title, published: target.published },
		own,
		openId: open?.id ?? null,
		myProfiles: (await myPublishedProfiles(db, principal, locale, now)).filter((p) => p.id !== target.id),
		prefill: { fromName: me?.name ?? '', contactEmail: principal.email }
	};
}
