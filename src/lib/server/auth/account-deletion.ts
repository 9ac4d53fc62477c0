import { eq } from 'drizzle-orm';
import { account, consents, mailOutbox, producerOwners, session, user, userRoles } from '../db/schema';
import type { Db } from '../db/types';
import { recordAudit } from '../audit/audit-repository';
import { CONTRIBUTION_ERASERS } from './contribution-data';
import { PEOPLE_ERASERS } from '../people/personal-data';
import { WORKSPACE_ERASERS } from '../workspace/personal-data';
import { EVENT_ERASERS } from '../events/personal-data';
import { SURVEY_ERASERS } from '../surveys/personal-data';
import { PROGRAMME_ERASERS } from '../programmes/personal-data';
import { COOPERATION_INTEREST_ERASERS } from '../cooperation-interest/personal-data';
import { BROKERAGE_ERASERS } from '../brokerage/personal-data';
import { COOPERATION_ERASERS } from '../cooperation/personal-data';
import { MENTORING_ERASERS } from '../mentoring/personal-data';
import { INSIGHT_ERASERS } from '../insight/personal-data';
import { MENTOR_ERASERS } from '../mentors/personal-data';
import { COMMUNITY_ERASERS } from '../communities/personal-data';
import { deleteSubscriptionsOfPerson } from '../alerts/subscriptions-repository';

/**
 * Account deletion. Features whose rows belong to a user add an eraser here: delete what only the user
 * needed (unpublished submissions), leave what a published listing still needs — it keeps pointing at
 * the anonymised user row, which shows as "deleted user" (`userDisplayName`).
 */
export type AccountEraser = { name: string; erase: (tx: Db, userId: string) => Promise<void> };

export const ACCOUNT_ERASERS: AccountEraser[] = [
	{ name: 'sessions', erase: async (tx, userId) => void (await tx.delete(session).where(eq(session.userId, userId))) },
	{ name: 'credentials', erase: async (tx, userId) => void (await tx.delete(account).where(eq(account.userId, userId))) },
	{ name: 'roles', erase: async (tx, userId) => void (await tx.delete(userRoles).where(eq(userRoles.userId, userId))) },
	// the listings stay published; only the link to the person goes
	{ name: 'ownership', erase: async (tx, userId) => void (await tx.delete(producerOwners).where(eq(producerOwners.userId, userId))) },
	{ name: 'consents', erase: async (tx, userId) => void (await tx.delete(consents).where(eq(consents.userId, userId))) },
	...CONTRIBUTION_ERASERS,
	...EVENT_ERASERS,
	...SURVEY_ERASERS,
	...PROGRAMME_ERASERS,
	...COOPERATION_INTEREST_ERASERS,
	...BROKERAGE_ERASERS,
	...COOPERATION_ERASERS,
	...MENTORING_ERASERS,
	...PEOPLE_ERASERS,
	...WORKSPACE_ERASERS,
	...INSIGHT_ERASERS,
	...MENTOR_ERASERS,
	...COMMUNITY_ERASERS,
	{
		// alerts linked to the account or sent to its address: no more mail once the account is gone
		name: 'alertSubscriptions',
		erase: async (tx, userId) => {
			const [u] = await tx.select({ email: user.email }).from(user).where(eq(user.id, userId));
			if (u) await deleteSubscriptionsOfPerson(tx, userId, u.email);
		}
	}
];

/** Erases the person: every eraser, then the user row keeps only its id (name, e-mail gone). */
export async function deleteAccount(db: Db, userId: string): Promise<void> {
	await db.transaction(async (tx) => {
		const [u] = await tx.select({ email: user.email }).from(user).where(eq(user.id, userId));
		if (!u) return;
		for (const eraser of ACCOUNT_ERASERS) await eraser.erase(tx, userId);
		await tx.delete(mailOutbox).where(eq(mailOutbox.to, u.email));
		await tx
			.update(user)
			.set({ name: '', email: `deleted-${userId}@deleted.invalid`, emailVerified: false, image: null, deletedAt: new Date(), updatedAt: new Date() })
			.where(eq(user.id, userId));
		// no e-mail or name in the entry: only that this account id was deleted
		await recordAudit(tx, { actorUserId: userId, action: 'account.delete', entityType: 'user', entityId: userId });
	});
}
