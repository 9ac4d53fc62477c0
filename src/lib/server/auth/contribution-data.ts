import { eq } from 'drizzle-orm';
import { claims, images, reports, revisions } from '../db/schema';
import type { AccountEraser } from './account-deletion';
import type { PersonalDataCollector } from './personal-data';

/**
 * What people contribute — suggestions and edits (revisions), claims, problem reports, photos — in
 * the GDPR download, and what deleting the account does to it: the person's address and messages
 * go; content a published listing still uses stays, attributed to the anonymised "deleted user".
 */
export const CONTRIBUTION_COLLECTORS: PersonalDataCollector[] = [
	{
		name: 'submittedChanges',
		collect: (db, userId) =>
			db
				.select({ entityType: revisions.entityType, entityId: revisions.entityId, proposed: revisions.proposed, status: revisions.status, note: revisions.note, reason: revisions.reason, createdAt: revisions.createdAt })
				.from(revisions)
				.where(eq(revisions.authorUserId, userId))
	},
	{
		name: 'claims',
		collect: (db, userId) =>
			db.select({ producerId: claims.producerId, status: claims.status, message: claims.message, createdAt: claims.createdAt }).from(claims).where(eq(claims.userId, userId))
	},
	{
		name: 'problemReports',
		collect: (db, userId) =>
			db
				.select({ listingType: reports.listingType, listingId: reports.listingId, reason: reports.reason, comment: reports.comment, status: reports.status, createdAt: reports.createdAt })
				.from(reports)
				.where(eq(reports.reporterUserId, userId))
	},
	{
		name: 'photos',
		collect: (db, userId) => db.select({ id: images.id, alt: images.alt, createdAt: images.createdAt }).from(images).where(eq(images.ownerUserId, userId))
	}
];

export const CONTRIBUTION_ERASERS: AccountEraser[] = [
	// a claim only ever served the claimant; the decision itself is in the audit log
	{ name: 'claims', erase: async (tx, userId) => void (await tx.delete(claims).where(eq(claims.userId, userId))) },
	// the report stays for the moderators, without a way to reach the person
	{
		name: 'reports',
		erase: async (tx, userId) => void (await tx.update(reports).set({ reporterEmail: null, reporterUserId: null }).where(eq(reports.reporterUserId, userId)))
	},
	// edits may already be published: keep them, linked to the anonymised user row, without the address
	{
		name: 'revisions',
		erase: async (tx, userId) => void (await tx.update(revisions).set({ authorEmail: null }).where(eq(revisions.authorUserId, userId)))
	}
];
