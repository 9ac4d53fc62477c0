import { m } from '$lib/paraglide/messages';
import type { ReportReason } from '$lib/reports/reasons';

const LABELS: Record<ReportReason, () => string> = {
	closed: m.reports_reason_closed,
	wrong_info: m.reports_reason_wrong_info,
	duplicate: m.reports_reason_duplicate,
	inappropriate: m.reports_reason_inappropriate
};

/** A report reason code in the reader's language (an unknown code as it is). */
export const reportReasonLabel = (reason: string): string => LABELS[reason as ReportReason]?.() ?? reason;
