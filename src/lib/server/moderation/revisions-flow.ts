/**
 * Proposing changes to listings (moderation contract). Every change becomes a revision; fields the
 * policy lets the author change directly are applied at once (as an already published revision),
 * the rest wait in the queue as a pending one.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { producers } from '../db/schema';
import type { Db } from '../db/types';
import { applyProposal, changedOnly, changedUnder } from './domain';
import { LOCALIZED_FIELDS, parseProposal, type EntityType } from './drafts';
import { audit, queueReindex } from './effects';
import { splitProposal, type RevisionSource } from './field-policy';
import { applyFields, insertListing, readListing, type ListingState } from './listings-repository';
import { appliedSince, insertRevision, openCreation, reviseRevision, waitingChangeBy, type RevisionRow } from './revisions-repository';

export type SubmitRevisionInput = {
	entityType: EntityType;
	/** null = a new listing */
	entityId: string | null;
	/** Changed fields only, draft field names. */
	proposed: Record<string, unknown>;
	author: { userId: string | null; email: string | null; locale: string };
	source: RevisionSource;
	note?: string;
};

export type SubmitRevisionResult = { revisionId: string; entityId: string; appliedDirectly: string[]; pendingFields: string[] };

export class ListingNotFoundError extends Error {
	constructor(entityType: string, id: string) {
		super(`No ${entityType} with id ${id}`);
	}
}

/** The proposal equals the listing as it is: nothing to review. */
export class NothingChangedError extends Error {
	constructor() {
		super('The proposal changes nothing');
	}
}

/** The listing changed between reading and writing (another request was faster). */
export class ConcurrentChangeError extends Error {
	constructor() {
		super('The listing was changed meanwhile; reload and try again');
	}
}

export async function submitRevision(db: Db, input: SubmitRevisionInput): Promise<SubmitRevisionResult> {
	return db.transaction((tx) => submitRevisionIn(tx, input));
}

/**
 * The same inside a caller's transaction. `confirmTokenHash` (suggestions) keeps the revision
 * `unconfirmed` — and a new listing a `draft` — until the e-mail link is clicked.
 */
export async function submitRevisionIn(db: Db, input: SubmitRevisionInput, opts: { confirmTokenHash?: string; now?: Date } = {}): Promise<SubmitRevisionResult> {
	const now = opts.now ?? new Date();
	const isNew = input.entityId === null;
	const unconfirmed = opts.confirmTokenHash !== undefined;
	const author = { authorUserId: input.author.userId, authorEmail: input.author.email?.trim().toLowerCase() || null, authorLocale: input.author.locale };
	const common = {
		entityType: input.entityType,
		source: input.source,
		note: input.note?.trim() || null,
		...author,
		confirmTokenHash: opts.confirmTokenHash ?? null
	};
	const status = unconfirmed ? ('unconfirmed' as const) : ('pending' as const);

	if (isNew) {
		const draft = parseProposal(input.entityType, true, input.proposed);
		const entityId = input.entityType === 'product' ? randomUUID() : await insertListing(db, input.entityType, draft, unconfirmed ? 'draft' : 'pending');
		const revisionId = await insertRevision(db, {
			...common,
			entityId,
			baseVersion: 1,
			proposed: draft,
			changedFields: Object.keys(draft),
			isNew: true,
			status,
			municipalityId: await municipalityOf(db, input.entityType, draft, null),
			queuedAt: unconfirmed ? null : now
		});
		await audit(db, input.author.userId, 'submit', input.entityType, entityId, { revisionId, source: input.source, isNew: true });
		return { revisionId, entityId, appliedDirectly: [], pendingFields: Object.keys(draft) };
	}

	const entityId = input.entityId!;
	const state = await readListing(db, input.entityType, entityId);
	if (!state) throw new ListingNotFoundError(input.entityType, entityId);
	const localizedFields = LOCALIZED_FIELDS[input.entityType];
	const changes = changedOnly(state.fields, parseProposal(input.entityType, false, input.proposed), localizedFields);
	if (Object.keys(changes).length === 0) throw new NothingChangedError();
	const municipalityId = await municipalityOf(db, input.entityType, changes, state.municipalityId);

	// nothing of a listing that waits for its first review is public: an edit joins that review
	const creation = state.status === 'published' ? null : await openCreation(db, input.entityType, entityId);
	if (creation) return foldIntoCreation(db, { input, state, creation, changes, municipalityId, now });

	const { direct, review } = splitProposal(input.entityType, input.source, false, changes);
	let version = state.version;
	let revisionId = '';

	if (Object.keys(direct).length) {
		const next = await applyFields(db, input.entityType, entityId, applyProposal(state.fields, direct, localizedFields), version);
		if (next === null) throw new ConcurrentChangeError();
		revisionId = await insertRevision(db, {
			...common,
			confirmTokenHash: null,
			entityId,
			baseVersion: version,
			proposed: direct,
			changedFields: Object.keys(direct),
			isNew: false,
			status: 'published',
			municipalityId,
			queuedAt: null,
			reviewedBy: input.author.userId,
			reviewedAt: now
		});
		version = next;
		if (state.status === 'published') await queueReindex(db, input.entityType, entityId, state.producerId);
		await audit(db, input.author.userId, 'apply_direct', input.entityType, entityId, { revisionId, fields: Object.keys(direct) });
	}
	if (Object.keys(review).length) {
		const joined = unconfirmed ? null : await joinWaitingChange(db, { input, review, version, municipalityId });
		revisionId =
			joined ??
			(await insertRevision(db, {
				...common,
				entityId,
				baseVersion: version,
				proposed: review,
				changedFields: Object.keys(review),
				isNew: false,
				status,
				municipalityId,
				queuedAt: unconfirmed ? null : now
			}));
		await audit(db, input.author.userId, 'submit', input.entityType, entityId, { revisionId, source: input.source, fields: Object.keys(review), ...(joined && { joined: true }) });
	}
	return { revisionId, entityId, appliedDirectly: Object.keys(direct), pendingFields: Object.keys(review) };
}

/**
 * An edit of a listing still waiting for its first review (a new sales point whose hours the owner
 * fills in right after adding it): applied to the unpublished row and folded into the creation
 * review, so the moderator approves one thing that is exactly the row. A listing sent back for
 * changes waits again. Nothing is "applied directly": nothing of it is public yet.
 */
async function foldIntoCreation(
	db: Db,
	c: { input: SubmitRevisionInput; state: ListingState; creation: RevisionRow; changes: Record<string, unknown>; municipalityId: number | null; now: Date }
): Promise<SubmitRevisionResult> {
	const { input, state, creation, changes } = c;
	const merged = applyProposal(state.fields, changes, LOCALIZED_FIELDS[input.entityType]);
	const next = await applyFields(db, input.entityType, state.id, merged, state.version);
	if (next === null) throw new ConcurrentChangeError();
	await reviseRevision(db, creation.id, {
		proposed: { ...creation.proposed, ...merged },
		baseVersion: next,
		municipalityId: c.municipalityId,
		requeueAt: creation.status === 'changes_requested' ? c.now : undefined
	});
	await audit(db, input.author.userId, 'submit', input.entityType, state.id, { revisionId: creation.id, source: input.source, fields: Object.keys(changes), joined: true });
	return { revisionId: creation.id, entityId: state.id, appliedDirectly: [], pendingFields: Object.keys(changes) };
}

/**
 * A signed-in author's further change joins their change that still waits (one review, not two
 * that make each other stale). Only when the waiting one is still approvable: its base then moves
 * to the current version, which it may because nothing since touched its fields.
 */
async function joinWaitingChange(
	db: Db,
	c: { input: SubmitRevisionInput; review: Record<string, unknown>; version: number; municipalityId: number | null }
): Promise<string | null> {
	const { input } = c;
	if (!input.author.userId) return null;
	const waiting = await waitingChangeBy(db, input.entityType, input.entityId!, input.author.userId, input.source);
	if (!waiting) return null;
	const localizedFields = LOCALIZED_FIELDS[input.entityType];
	if (changedUnder(waiting, await appliedSince(db, input.entityType, input.entityId!, waiting.baseVersion), c.version, localizedFields)) return null;
	const proposed = { ...waiting.proposed };
	for (const [field, value] of Object.entries(c.review)) {
		const before = proposed[field];
		// two per-language changes add up language by language
		proposed[field] = localizedFields.includes(field) && value && before && typeof before === 'object' ? { ...before, ...(value as object) } : value;
	}
	await reviseRevision(db, waiting.id, { proposed, baseVersion: c.version, municipalityId: c.municipalityId });
	return waiting.id;
}

/** Where the listing is (or will be), for territory editors' reach; a product is where its producer is. */
async function municipalityOf(db: Db, entityType: EntityType, fields: Record<string, unknown>, current: number | null): Promise<number | null> {
	if (typeof fields.municipalityId === 'number') return fields.municipalityId;
	if (entityType === 'product' && typeof fields.producerId === 'string') {
		const [p] = await db.select({ m: producers.municipalityId }).from(producers).where(eq(producers.id, fields.producerId));
		return p?.m ?? null;
	}
	return current;
}
