import { and, desc, eq, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/types';
import { reports } from '../db/schema';
import type { ListingType, ReportReason } from './report-form';

export type NewReport = {
	listingType: ListingType;
	listingId: string;
	municipalityId: number;
	reason: ReportReason;
	comment: string;
	duplicateOfId: string | null;
	reporterEmail: string | null;
	reporterUserId: string | null;
	reporterLocale: string;
};

export async function insertReport(db: Db, report: NewReport): Promise<string> {
	const [row] = await db.insert(reports).values(report).returning({ id: reports.id });
	return row.id;
}

export type ReportRow = {
	id: string;
	listingType: ListingType;
	listingId: string;
	municipalityId: number | null;
	reason: ReportReason;
	comment: string;
	duplicateOfId: string | null;
	reporterEmail: string | null;
	reporterLocale: string;
	status: 'open' | 'resolved' | 'dismissed';
	resolutionNote: string | null;
	previousListingStatus: string | null;
	resolvedAt: Date | null;
	createdAt: Date;
};

const columns = {
	id: reports.id,
	listingType: reports.listingType,
	listingId: reports.listingId,
	municipalityId: reports.municipalityId,
	reason: reports.reason,
	comment: reports.comment,
	duplicateOfId: reports.duplicateOfId,
	reporterEmail: reports.reporterEmail,
	reporterLocale: reports.reporterLocale,
	status: reports.status,
	resolutionNote: reports.resolutionNote,
	previousListingStatus: reports.previousListingStatus,
	resolvedAt: reports.resolvedAt,
	createdAt: reports.createdAt
};

export type ReportQuery = {
	status: 'open' | 'closed';
	reason: ReportReason | null;
	/** null = every municipality (moderators); otherwise only these (territory editors, or a filter). */
	municipalityIds: number[] | null;
	createdBefore: Date | null;
	limit: number;
};

/** Open reports oldest first (they waited longest); closed ones newest first. */
export async function listReports(db: Db, q: ReportQuery): Promise<ReportRow[]> {
	const where: SQL[] = [q.status === 'open' ? eq(reports.status, 'open') : ne(reports.status, 'open')];
	if (q.reason) where.push(eq(reports.reason, q.reason));
	if (q.municipalityIds) where.push(q.municipalityIds.length ? inArray(reports.municipalityId, q.municipalityIds) : sql`false`);
	if (q.createdBefore) where.push(lte(reports.createdAt, q.createdBefore));
	return db
		.select(columns)
		.from(reports)
		.where(and(...where))
		.orderBy(q.status === 'open' ? reports.createdAt : desc(reports.resolvedAt), reports.id)
		.limit(q.limit);
}

export async function findReport(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<ReportRow | null> {
	const query = db.select(columns).from(reports).where(eq(reports.id, id));
	const [row] = opts.lock ? await query.for('update') : await query;
	return row ?? null;
}

export async function closeReport(
	db: Db,
	id: string,
	change: { status: 'resolved' | 'dismissed'; resolutionNote: string | null; previousListingStatus: string | null; resolvedByUserId: string }
): Promise<void> {
	const now = new Date();
	await db.update(reports).set({ ...change, resolvedAt: now, updatedAt: now }).where(eq(reports.id, id));
}
