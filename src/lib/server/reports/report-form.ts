/**
 * Parses the "report a problem" form. Pure: returns what the user typed (to show it again), field
 * errors as codes (the page turns them into localized text) and, when valid, the report.
 */

import { positiveInt4 } from '../../domain/ids';
import { cleanText } from '../../text/clean';
import { AGE_OPTIONS_DAYS, COMMENT_MAX, LISTING_TYPES, listingPath, NOTE_MAX, REPORT_REASONS, type ListingType, type ReportReason } from '../../reports/reasons';

export { COMMENT_MAX, LISTING_TYPES, listingPath, NOTE_MAX, REPORT_REASONS, type ListingType, type ReportReason };

export type ReportErrorCode = 'required' | 'too_long' | 'invalid';
export type ReportValues = { type: string; slug: string; reason: string; comment: string; duplicateOf: string; email: string };
export type ReportFields = {
	listingType: ListingType;
	slug: string;
	reason: ReportReason;
	comment: string;
	/** Slug of the listing (same type) this one repeats, when the reason is "duplicate". */
	duplicateOfSlug: string | null;
	email: string | null;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,150}$/;

export const isListingType = (v: string): v is ListingType => (LISTING_TYPES as readonly string[]).includes(v);
export const isReportReason = (v: string): v is ReportReason => (REPORT_REASONS as readonly string[]).includes(v);

/**
 * People paste the other listing's address ("https://tuvuma.lv/lv/razotaji/kalnmuizas") or type
 * its slug; either gives the slug. Another type's address or anything else is invalid.
 */
export function duplicateSlug(value: string, type: ListingType): string | null {
	const v = value.trim();
	if (SLUG.test(v)) return v;
	let path: string;
	try {
		const url = new URL(v);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
		path = url.pathname;
	} catch {
		path = v; // not a full URL: "/lv/razotaji/x" or "razotaji/x"
	}
	const match = new RegExp(`(?:^|/)${listingPath(type)}/([a-z0-9][a-z0-9-]*)/?$`).exec(path);
	return match ? match[1] : null;
}

export function parseReportForm(form: FormData): { values: ReportValues; errors: Partial<Record<keyof ReportValues, ReportErrorCode>>; fields?: ReportFields } {
	const text = (k: string) => cleanText(form.get(k));
	const values: ReportValues = {
		type: text('type'),
		slug: text('slug'),
		reason: text('reason'),
		comment: text('comment'),
		duplicateOf: text('duplicateOf'),
		email: text('email')
	};
	const errors: Partial<Record<keyof ReportValues, ReportErrorCode>> = {};
	if (!isListingType(values.type) || !SLUG.test(values.slug)) errors.slug = 'invalid';
	if (!isReportReason(values.reason)) errors.reason = 'required';
	if (!values.comment) errors.comment = 'required';
	else if (values.comment.length > COMMENT_MAX) errors.comment = 'too_long';
	let duplicateOfSlug: string | null = null;
	if (values.reason === 'duplicate' && isListingType(values.type)) {
		if (!values.duplicateOf) errors.duplicateOf = 'required';
		else {
			duplicateOfSlug = duplicateSlug(values.duplicateOf, values.type);
			if (!duplicateOfSlug || duplicateOfSlug === values.slug) errors.duplicateOf = 'invalid';
		}
	}
	if (values.email && (!EMAIL.test(values.email) || values.email.length > 254)) errors.email = 'invalid';
	if (Object.keys(errors).length) return { values, errors };
	return {
		values,
		errors,
		fields: {
			listingType: values.type as ListingType,
			slug: values.slug,
			reason: values.reason as ReportReason,
			comment: values.comment,
			duplicateOfSlug,
			email: values.email ? values.email.toLowerCase() : null
		}
	};
}

/** The moderators' filter: reason, a municipality and how old. Bad values are ignored. */
export type ReportFilter = { reason: ReportReason | null; municipalityId: number | null; olderThanDays: number | null; status: 'open' | 'closed' };

const AGE_OPTIONS = AGE_OPTIONS_DAYS;

export function parseReportFilter(params: URLSearchParams): ReportFilter {
	const reason = params.get('reason') ?? '';
	const age = Number(params.get('age'));
	return {
		reason: isReportReason(reason) ? reason : null,
		municipalityId: positiveInt4(params.get('municipality')),
		olderThanDays: (AGE_OPTIONS as readonly number[]).includes(age) ? age : null,
		status: params.get('status') === 'closed' ? 'closed' : 'open'
	};
}

export type ResolveDecision = { reportId: string; outcome: 'resolved' | 'dismissed'; note: string; archiveListing: boolean };

/** The moderator's decision on one report; a dismissal needs a note (the reporter reads it). */
export function parseResolveForm(form: FormData, outcome: 'resolved' | 'dismissed'): { decision?: ResolveDecision; errors: { note?: ReportErrorCode; reportId?: ReportErrorCode }; note: string; reportId: string } {
	const id = cleanText(form.get('reportId'));
	const note = cleanText(form.get('note'));
	const errors: { note?: ReportErrorCode; reportId?: ReportErrorCode } = {};
	if (!/^[0-9a-f-]{36}$/i.test(id)) errors.reportId = 'invalid';
	if (outcome === 'dismissed' && !note) errors.note = 'required';
	if (note.length > NOTE_MAX) errors.note = 'too_long';
	if (Object.keys(errors).length) return { errors, note, reportId: id };
	return { decision: { reportId: id, outcome, note, archiveListing: outcome === 'resolved' && form.get('archive') === 'on' }, errors, note, reportId: id };
}
