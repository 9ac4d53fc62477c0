import { m } from '$lib/paraglide/messages';

/** The reader's words for an interest's status and an outcome's kind. */
export const STATUS_LABEL: Record<string, () => string> = {
	pending: m.coopi_status_pending,
	accepted: m.coopi_status_accepted,
	declined: m.coopi_status_declined,
	withdrawn: m.coopi_status_withdrawn
};

export const OUTCOME_LABEL: Record<string, () => string> = {
	meeting: m.coopi_outcome_meeting,
	agreement: m.coopi_outcome_agreement,
	first_order: m.coopi_outcome_first_order
};

export const statusLabel = (s: string) => (STATUS_LABEL[s] ?? m.coopi_status_pending)();
export const outcomeLabel = (k: string) => (OUTCOME_LABEL[k] ?? m.coopi_outcome_meeting)();
