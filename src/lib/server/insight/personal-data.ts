/**
 * GDPR for regional insight: an account's subscriptions, marks, interviews recorded and codings
 * are in its download. Deleting the account ends its subscriptions and drops its name from the
 * organisation's marks, interviews and publication; codings keep the (now nameless) user id, so
 * the coders' agreement stays computable. The search log never held anyone's identity.
 */
import { eq } from 'drizzle-orm';
import { demandMarks, demandPublications, demandSubscriptions, interviews } from '../db/schema';
import type { AccountEraser } from '../auth/account-deletion';
import type { PersonalDataCollector } from '../auth/personal-data';
import { codingsBy } from './codings-repository';
import { subscriptionsOf } from './marks-repository';

export const INSIGHT_COLLECTORS: PersonalDataCollector[] = [
	{ name: 'insightSubscriptions', collect: (db, userId) => subscriptionsOf(db, userId) },
	{
		name: 'insightMarks',
		collect: (db, userId) => db.select({ need: demandMarks.needKey, status: demandMarks.status, note: demandMarks.note, at: demandMarks.updatedAt }).from(demandMarks).where(eq(demandMarks.updatedBy, userId))
	},
	{
		name: 'interviewsRecorded',
		collect: (db, userId) => db.select({ reference: interviews.reference, heldOn: interviews.heldOn, createdAt: interviews.createdAt }).from(interviews).where(eq(interviews.createdBy, userId))
	},
	{ name: 'interviewCodings', collect: (db, userId) => codingsBy(db, userId) }
];

export const INSIGHT_ERASERS: AccountEraser[] = [
	{ name: 'insightSubscriptions', erase: async (tx, userId) => void (await tx.delete(demandSubscriptions).where(eq(demandSubscriptions.userId, userId))) },
	{ name: 'insightMarks', erase: async (tx, userId) => void (await tx.update(demandMarks).set({ updatedBy: null }).where(eq(demandMarks.updatedBy, userId))) },
	{ name: 'interviewsRecorded', erase: async (tx, userId) => void (await tx.update(interviews).set({ createdBy: null }).where(eq(interviews.createdBy, userId))) },
	{ name: 'insightPublications', erase: async (tx, userId) => void (await tx.update(demandPublications).set({ publishedBy: null }).where(eq(demandPublications.publishedBy, userId))) }
];
