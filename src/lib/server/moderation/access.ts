/**
 * Who may see which part of the moderation queue. Moderators see everything; territory editors
 * only what lies in municipalities their organisation covers (principal.territoryIds).
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import type { Capability, ResourceScope } from '../auth/permissions';
import type { Db } from '../db/types';
import type { EntityType } from './drafts';
import type { Reach } from './queries';
import { readListing } from './listings-repository';
import { getRevision, type RevisionRow } from './revisions-repository';

type Ev = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

export function inReach(reach: Reach, municipalityId: number | null): boolean {
	return reach === null || (municipalityId !== null && reach.includes(municipalityId));
}

/** Products are reviewed as part of their producer. */
export function reviewCapability(entityType: EntityType): Capability {
	return `review:${entityType === 'product' ? 'producer' : entityType}`;
}

const cache = new WeakMap<object, Promise<RevisionRow | null>>();

/** The revision a review action is about, read once per request (the guard and the action share it). */
export function revisionOfRequest(db: Db, event: Ev): Promise<RevisionRow | null> {
	let p = cache.get(event);
	if (!p) {
		const id = event.params.id ?? '';
		p = /^[0-9a-f-]{36}$/i.test(id) ? getRevision(db, id) : Promise.resolve(null);
		cache.set(event, p);
	}
	return p;
}

/** The capability a review action needs; 404 for an unknown revision. */
export async function reviewCapabilityOf(db: Db, event: Ev): Promise<Capability> {
	const rev = await revisionOfRequest(db, event);
	if (!rev) error(404, 'Not found');
	return reviewCapability(rev.entityType);
}

/** Resource scope of the request's revision for `authorize`. */
export async function reviewScope(db: Db, event: Ev): Promise<ResourceScope> {
	const rev = await revisionOfRequest(db, event);
	return rev ? revisionScope(db, rev) : { municipalityIds: [] };
}

/**
 * Who may decide on a revision: it acts where the listing is now *and* where the proposal would
 * put it (revision.municipalityId is the target), so a territory editor needs both in reach — a
 * producer cannot move a listing into an editor's area to have the move approved there. The
 * author is named so nobody approves their own change. Municipality ids are strings in principals.
 */
export async function revisionScope(db: Db, rev: Pick<RevisionRow, 'entityType' | 'entityId' | 'municipalityId' | 'authorUserId'>): Promise<ResourceScope> {
	const current = (await readListing(db, rev.entityType, rev.entityId))?.municipalityId ?? null;
	const places = new Set([current, rev.municipalityId].filter((m): m is number => m !== null).map(String));
	return { municipalityIds: [...places], proposedBy: rev.authorUserId };
}
