/**
 * GDPR for cooperation profiles (issue 19): the contact person's name, e-mail and phone are a
 * person's data. The download lists the profiles an account wrote with their contacts and the
 * digest opt-out; erasure clears the contacts of the profiles the account wrote (the profile itself
 * belongs to the listing or organisation and stays, without a way to reach the person) and drops
 * the opt-out. Listed in auth/personal-data.ts and auth/account-deletion.ts.
 */
import { eq } from 'drizzle-orm';
import { cooperationDigestOptOuts, cooperationProfiles } from '../db/schema';
import type { AccountEraser } from '../auth/account-deletion';
import type { PersonalDataCollector } from '../auth/personal-data';

const p = cooperationProfiles;

export const COOPERATION_COLLECTORS: PersonalDataCollector[] = [
	{
		name: 'cooperationProfiles',
		collect: async (db, userId) => ({
			profiles: await db
				.select({ slug: p.slug, title: p.title, status: p.status, contactName: p.contactName, contactEmail: p.contactEmail, contactPhone: p.contactPhone, createdAt: p.createdAt })
				.from(p)
				.where(eq(p.createdByUserId, userId)),
			digestOptOut: (await db.select({ at: cooperationDigestOptOuts.createdAt }).from(cooperationDigestOptOuts).where(eq(cooperationDigestOptOuts.userId, userId)))[0]?.at ?? null
		})
	}
];

export const COOPERATION_ERASERS: AccountEraser[] = [
	{
		name: 'cooperationProfiles',
		erase: async (tx, userId) => {
			await tx.update(p).set({ contactName: null, contactEmail: null, contactPhone: null, createdByUserId: null }).where(eq(p.createdByUserId, userId));
			await tx.delete(cooperationDigestOptOuts).where(eq(cooperationDigestOptOuts.userId, userId));
		}
	}
];
