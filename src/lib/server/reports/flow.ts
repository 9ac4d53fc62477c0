/**
 * Report a problem on a public listing, and the moderators' answer. Reports are open to everyone
 * (anonymous too: the route checks the honeypot and fill time; this flow counts per-IP and per-user
 * limits in the database). Resolving may archive the listing; the reporter, when they left an
 * address, gets a mail in the language they reported in.
 */
import { config } from '../config/env';
import type { Db } from '../db/types';
import { recordAudit } from '../audit/audit-repository';
import { enqueueJob } from '../jobs/queue';
import { listingMailUrl } from '../mail/links';
import { consumeRateLimit } from '../rate-limit/rate-limit';
import { archiveListing, findListingsByIds, findPublishedListing } from './listings-repository';
import { mailReportOutcome } from './mails';
import type { ReportFields, ResolveDecision } from './report-form';
import { closeReport, findReport, insertReport } from './reports-repository';

export const REPORT_LIMITS = {
	// configurable: behind a shared NAT (a village library, a school) one address is many people
	get perIp() {
		return { limit: config().REPORTS_PER_IP_HOUR, windowSeconds: 3600 };
	},
	perUser: { limit: 60, windowSeconds: 3600 }
} as const;

export const REINDEX_LISTING_JOB = 'reports.reindex-listing';

export type SubmitReportResult =
	| { ok: true; reportId: string; listingName: string }
	| { ok: false; error: 'rate_limited'; retryAfterSeconds: number }
	| { ok: false; error: 'listing_not_found' | 'duplicate_not_found' };

export async function submitReport(
	db: Db,
	input: { fields: ReportFields; locale: string; ip: string; userId: string | null }
): Promise<SubmitReportResult> {
	const rule = input.userId
		? { key: `report:user:${input.userId}`, ...REPORT_LIMITS.perUser }
		: { key: `report:ip:${input.ip}`, ...REPORT_LIMITS.perIp };
	const limit = await consumeRateLimit(db, rule);
	if (!limit.allowed) return { ok: false, error: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds };

	const f = input.fields;
	const listing = await findPublishedListing(db, f.listingType, f.slug);
	if (!listing) return { ok: false, error: 'listing_not_found' };
	let duplicateOfId: string | null = null;
	if (f.duplicateOfSlug) {
		const other = await findPublishedListing(db, f.listingType, f.duplicateOfSlug);
		if (!other || other.id === listing.id) return { ok: false, error: 'duplicate_not_found' };
		duplicateOfId = other.id;
	}
	const reportId = await db.transaction(async (tx) => {
		const id = await insertReport(tx, {
			listingType: f.listingType,
			listingId: listing.id,
			municipalityId: listing.municipalityId,
			reason: f.reason,
			comment: f.comment,
			duplicateOfId,
			reporterEmail: f.email,
			reporterUserId: input.userId,
			reporterLocale: input.locale
		});
		await recordAudit(tx, { actorUserId: input.userId, action: 'report.create', entityType: f.listingType, entityId: listing.id, details: { reportId: id, reason: f.reason } });
		return id;
	});
	return { ok: true, reportId, listingName: listing.name };
}

/** What a permission check needs to know about a report: where its listing is. */
export async function reportScope(db: Db, reportId: string): Promise<{ municipalityId: string | null }> {
	const report = /^[0-9a-f-]{36}$/i.test(reportId) ? await findReport(db, reportId) : null;
	return { municipalityId: report?.municipalityId != null ? String(report.municipalityId) : null };
}

export type ResolveResult = { ok: true } | { ok: false; error: 'not_found' | 'already_closed' };

export async function resolveReport(db: Db, input: { decision: ResolveDecision; actorUserId: string }): Promise<ResolveResult> {
	const d = input.decision;
	return db.transaction(async (tx) => {
		const report = await findReport(tx, d.reportId, { lock: true });
		if (!report) return { ok: false, error: 'not_found' } as const;
		if (report.status !== 'open') return { ok: false, error: 'already_closed' } as const;
		const [listing] = await findListingsByIds(tx, report.listingType, [report.listingId]);

		let previousListingStatus: string | null = null;
		if (d.archiveListing && listing && listing.status !== 'archived') {
			previousListingStatus = await archiveListing(tx, report.listingType, report.listingId);
			await enqueueJob(tx, REINDEX_LISTING_JOB, { listingType: report.listingType, id: report.listingId }, { dedupeKey: `${REINDEX_LISTING_JOB}:${report.listingId}` });
		}
		await closeReport(tx, report.id, { status: d.outcome, resolutionNote: d.note || null, previousListingStatus, resolvedByUserId: input.actorUserId });
		await recordAudit(tx, {
			actorUserId: input.actorUserId,
			action: d.outcome === 'resolved' ? 'report.resolve' : 'report.dismiss',
			entityType: report.listingType,
			entityId: report.listingId,
			details: { reportId: report.id, reason: report.reason, note: d.note, archived: previousListingStatus !== null }
		});
		if (report.reporterEmail) {
			await mailReportOutcome(tx, {
				to: report.reporterEmail,
				locale: report.reporterLocale,
				outcome: d.outcome,
				archived: previousListingStatus !== null,
				listingName: listing?.name ?? '',
				note: d.note,
				url: listing && previousListingStatus === null ? listingMailUrl(report.reporterLocale, report.listingType, listing.slug) : null
			});
		}
		return { ok: true } as const;
	});
}
