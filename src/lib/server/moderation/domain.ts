/** Pure moderation rules: what a revision changes, which status moves are allowed, when a review is stale. */

export const REVISION_STATUSES = ['unconfirmed', 'pending', 'published', 'rejected', 'changes_requested', 'archived'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

export type Decision = 'approve' | 'reject' | 'request_changes' | 'archive';

const TARGET: Record<Decision, RevisionStatus> = {
	approve: 'published',
	reject: 'rejected',
	request_changes: 'changes_requested',
	archive: 'archived'
};

/** Allowed moves; published, rejected and archived are final (a new proposal is a new revision). */
const TRANSITIONS: Record<RevisionStatus, readonly RevisionStatus[]> = {
	unconfirmed: ['pending', 'archived'],
	pending: ['published', 'rejected', 'changes_requested', 'archived'],
	changes_requested: ['archived'],
	published: [],
	rejected: [],
	archived: []
};

export function canTransition(from: RevisionStatus, to: RevisionStatus): boolean {
	return TRANSITIONS[from].includes(to);
}

export function decisionStatus(decision: Decision): RevisionStatus {
	return TARGET[decision];
}

export type ReviewRefusal = 'not_pending' | 'stale';

/**
 * Why a decision on this revision must be refused, or null. Approving applies the proposal to the
 * listing, so it needs the listing to be exactly the version the author saw; the other decisions
 * leave the listing alone and only need the revision to be still open.
 */
export function reviewRefusal(
	revision: { status: RevisionStatus; baseVersion: number },
	currentVersion: number,
	decision: Decision
): ReviewRefusal | null {
	if (decision === 'archive') return canTransition(revision.status, 'archived') ? null : 'not_pending';
	if (revision.status !== 'pending') return 'not_pending';
	if (decision === 'approve' && revision.baseVersion !== currentVersion) return 'stale';
	return null;
}

/** Structural equality for draft values (jsonb objects, arrays, numbers, strings, null). */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if ((a ?? null) === null || (b ?? null) === null) return (a ?? null) === (b ?? null);
	if (Array.isArray(a) || Array.isArray(b)) {
		if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
		return a.every((x, i) => sameValue(x, b[i]));
	}
	if (typeof a === 'object' && typeof b === 'object') {
		const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined && (a as Record<string, unknown>)[k] !== '');
		const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined && (b as Record<string, unknown>)[k] !== '');
		if (ka.length !== kb.length) return false;
		return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
	}
	if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
	return false;
}

export type FieldChange = { field: string; before: unknown; after: unknown; changed: boolean };

/**
 * Side-by-side rows for the fields a revision touches: the published value (null for a new
 * listing), the proposed value, and whether they differ.
 */
export function diff(published: Record<string, unknown> | null, proposed: Record<string, unknown>, fieldOrder?: readonly string[]): FieldChange[] {
	const fields = Object.keys(proposed);
	if (fieldOrder) fields.sort((a, b) => rank(fieldOrder, a) - rank(fieldOrder, b));
	return fields.map((field) => {
		const before = published ? (published[field] ?? null) : null;
		const after = proposed[field] ?? null;
		return { field, before, after, changed: published === null ? after !== null : !sameValue(before, after) };
	});
}

const rank = (order: readonly string[], f: string) => {
	const i = order.indexOf(f);
	return i === -1 ? order.length : i;
};

/** Only the fields whose proposed value differs from the current one (a revision stores changes only). */
export function changedOnly(current: Record<string, unknown>, proposed: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(proposed).filter(([k, v]) => !sameValue(current[k], v)));
}

/** Age of a waiting item in whole days, for the queue's age filter and the digest. */
export function ageInDays(since: Date, now: Date): number {
	return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 86_400_000));
}
