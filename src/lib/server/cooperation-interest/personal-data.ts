/**
 * GDPR for cooperation interests (issue 19): the download lists the interests a person sent (with
 * the contacts they gave) and the messages they wrote. Erasure deletes their messages and clears
 * what identifies them on their interests (name, reason, contacts; an open one is withdrawn), but
 * keeps the rows: their recorded outcomes were counted in impact reports already published.
 * Listed in auth/personal-data.ts and auth/account-deletion.ts.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { cooperationInterests, cooperationMessages, cooperationOutcomes, cooperationProfiles } from '../db/schema';
import type { Db } from '../db/types';
import type { AccountEraser } from '../auth/account-deletion';
import type { PersonalDataCollector } from '../auth/personal-data';

export const COOPERATION_INTEREST_COLLECTORS: PersonalDataCollector[] = [
	{
		name: 'cooperationInterestsSent',
		collect: (db, userId) =>
			db
				.select({
					profile: cooperationProfiles.slug,
					fromName: cooperationInterests.fromName,
					message: cooperationInterests.message,
					contactEmail: cooperationInterests.contactEmail,
					contactPhone: cooperationInterests.contactPhone,
					status: cooperationInterests.status,
					createdAt: cooperationInterests.createdAt
				})
				.from(cooperationInterests)
				.innerJoin(cooperationProfiles, eq(cooperationProfiles.id, cooperationInterests.profileId))
				.where(eq(cooperationInterests.fromUserId, userId))
	},
	{
		name: 'cooperationMessagesWritten',
		collect: (db, userId) =>
			db.select({ interestId: cooperationMessages.interestId, body: cooperationMessages.body, createdAt: cooperationMessages.createdAt }).from(cooperationMessages).where(eq(cooperationMessages.authorUserId, userId))
	}
];

async function eraseInterests(tx: Db, userId: string): Promise<void> {
	await tx.delete(cooperationMessages).where(eq(cooperationMessages.authorUserId, userId));
	await tx
		.update(cooperationInterests)
		.set({ status: 'withdrawn' })
		.where(and(eq(cooperationInterests.fromUserId, userId), inArray(cooperationInterests.status, ['pending', 'accepted'])));
	await tx.update(cooperationInterests).set({ fromName: '', message: '', contactEmail: null, contactPhone: null }).where(eq(cooperationInterests.fromUserId, userId));
	await tx.update(cooperationInterests).set({ decidedByUserId: null }).where(eq(cooperationInterests.decidedByUserId, userId));
	await tx.update(cooperationOutcomes).set({ recordedByUserId: null }).where(eq(cooperationOutcomes.recordedByUserId, userId));
}

export const COOPERATION_INTEREST_ERASERS: AccountEraser[] = [{ name: 'cooperationInterests', erase: eraseInterests }];
