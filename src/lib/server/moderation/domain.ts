/** Pure moderation rules: what a revision changes, which status moves are allowed, when a review is stale. */

export const REVISION_STATUSES = ['unconfirmed', 'pending', 'published', 'rejected', 'changes_requested', 'archived'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

export type { Decision } from '../../forms/moderation';
import type { Decision } from '../../forms/moderation';

const TARGET: Record<Decision, RevisionStatus> = {
	approve: 'published',
	reject: 'rejected',
	request_changes: 'changes_requested',
	archive: 'archived'
};

/**
 * Allowed moves; published, rejected and archived are final (a new proposal is a new revision). A
 * new listing sent back for changes waits again once its author edits it (revisions-flow).
 */
const TRANSITIONS: Record<RevisionStatus, readonly RevisionStatus[]> = {
	unconfirmed: ['pending', 'archived'],
	pending: ['published', 'rejected', 'changes_requested', 'archived'],
	changes_requested: ['pending', 'archived'],
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
 * Why a decision on this revision must be refused, or null. Approving applies the proposal, so it
 * needs the listing not to have changed under it (`conflict`, see changedUnder); the other
 * decisions leave the listing alone and only need the revision to be still open.
 */
export function reviewRefusal(revision: { status: RevisionStatus }, decision: Decision, conflict: boolean): ReviewRefusal | null {
	if (decision === 'archive') return canTransition(revision.status, 'archived') ? null : 'not_pending';
	if (revision.status !== 'pending') return 'not_pending';
	if (decision === 'approve' && conflict) return 'stale';
	return null;
}

/**
 * What a proposal touches: a field, or for per-language texts each language (`description.lv`).
 * Two proposals conflict when a path of one is a path, or the whole field, of the other.
 */
export function changedPaths(proposed: Record<string, unknown>, localizedFields: readonly string[]): string[] {
	return Object.entries(proposed).flatMap(([field, value]) =>
		localizedFields.includes(field) && value && typeof value === 'object' ? Object.keys(value).map((lang) => `${field}.${lang}`) : [field]
	);
}

const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/**
 * Whether the listing changed under a waiting revision in a way that matters: something applied
 * since its base version touched one of its fields (or languages). Every applied change is a
 * published revision whose baseVersion is the version it was applied to, so the versions since the
 * base must all be accounted for by `applied`; a version nobody accounts for counts as a conflict.
 * A new listing's review is kept at the listing's version by every edit folded into it.
 */
export function changedUnder(
	revision: { isNew: boolean; baseVersion: number; proposed: Record<string, unknown> },
	applied: ReadonlyArray<{ baseVersion: number; proposed: Record<string, unknown> }>,
	currentVersion: number,
	localizedFields: readonly string[]
): boolean {
	if (currentVersion === revision.baseVersion) return false;
	if (revision.isNew) return true;
	const since = applied.filter((a) => a.baseVersion >= revision.baseVersion && a.baseVersion < currentVersion);
	if (new Set(since.map((a) => a.baseVersion)).size !== currentVersion - revision.baseVersion) return true;
	const mine = changedPaths(revision.proposed, localizedFields);
	return since.some((a) => changedPaths(a.proposed, localizedFields).some((p) => mine.some((q) => overlaps(p, q))));
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

export type LanguageChange = { lang: string; before: string | null; after: string | null; changed: boolean };
export type FieldChange = { field: string; before: unknown; after: unknown; changed: boolean; languages?: LanguageChange[] };

const LANGS = ['lv', 'en', 'ro', 'ru'];
type Texts = Record<string, string | null | undefined>;
const text = (t: Texts | null | undefined, lang: string) => (t?.[lang] ? String(t[lang]) : null);

/** A per-language change applied to the current text: named languages replaced, null/'' removed, the rest kept. */
export function mergeLocalized(current: unknown, patch: unknown): Record<string, string> | null {
	if (patch === null || patch === undefined) return null;
	const out: Record<string, string> = {};
	for (const lang of LANGS) {
		const value = lang in (patch as Texts) ? text(patch as Texts, lang) : text(current as Texts, lang);
		if (value) out[lang] = value;
	}
	return Object.keys(out).length ? out : null;
}

/** The listing's fields after a proposal: per-language texts merged, everything else replaced. */
export function applyProposal(current: Record<string, unknown> | null, proposed: Record<string, unknown>, localizedFields: readonly string[]): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(proposed).map(([field, value]) => [field, localizedFields.includes(field) ? mergeLocalized(current?.[field] ?? null, value) : value])
	);
}

/** True for values a reader sees as nothing: null, '', [], or a text with no language filled in. */
export function isEmptyValue(v: unknown): boolean {
	if (v === null || v === undefined || v === '') return true;
	if (Array.isArray(v)) return v.length === 0;
	if (typeof v === 'object') return Object.values(v as object).every(isEmptyValue);
	return false;
}

/**
 * Side-by-side rows for the fields a revision touches: the published value (null for a new
 * listing), the value after approval, and whether they differ. Per-language texts also get a row
 * per language, so the reviewer sees what each language becomes (kept, changed or removed).
 */
export function diff(published: Record<string, unknown> | null, proposed: Record<string, unknown>, fieldOrder?: readonly string[], localizedFields: readonly string[] = []): FieldChange[] {
	const fields = Object.keys(proposed);
	if (fieldOrder) fields.sort((a, b) => rank(fieldOrder, a) - rank(fieldOrder, b));
	const after = applyProposal(published, proposed, localizedFields);
	return fields.map((field) => {
		const before = published ? (published[field] ?? null) : null;
		const next = after[field] ?? null;
		const changed = published === null ? !isEmptyValue(next) : !sameValue(before, next);
		if (!localizedFields.includes(field) || (isEmptyValue(before) && isEmptyValue(next))) return { field, before, after: next, changed };
		const languages = LANGS.filter((l) => text(before as Texts, l) || text(next as Texts, l)).map((lang) => {
			const b = text(before as Texts, lang);
			const a = text(next as Texts, lang);
			return { lang, before: b, after: a, changed: b !== a };
		});
		return { field, before, after: next, changed, languages };
	});
}

const rank = (order: readonly string[], f: string) => {
	const i = order.indexOf(f);
	return i === -1 ? order.length : i;
};

/**
 * Only what differs from the current listing (a revision stores changes only). A per-language text
 * is reduced to the languages that change: a form that shows the Latvian text sends the others
 * back as they were, and those must not be written over whatever they are when it is approved.
 */
export function changedOnly(current: Record<string, unknown>, proposed: Record<string, unknown>, localizedFields: readonly string[] = []): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [field, value] of Object.entries(proposed)) {
		if (localizedFields.includes(field) && value !== null && typeof value === 'object' && current[field]) {
			const patch: Record<string, string | null> = {};
			for (const [lang, t] of Object.entries(value as Texts)) {
				if (t === undefined) continue;
				if (text(current[field] as Texts, lang) !== (t || null)) patch[lang] = t || null;
			}
			if (Object.keys(patch).length) out[field] = patch;
		} else if (!sameValue(current[field], value)) out[field] = value;
	}
	return out;
}

/** Age of a waiting item in whole days, for the queue's age filter and the digest. */
export function ageInDays(since: Date, now: Date): number {
	return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 86_400_000));
}
