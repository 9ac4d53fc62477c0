/**
 * Side effects of moderation, composed from their owners and always written inside the caller's
 * transaction so they happen only if the change commits: search reindexing as a job (search/),
 * audit entries (audit/). Links in mails are built by mail/links.ts.
 */
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { searchPort } from '../search';
import type { EntityType } from './drafts';

/** A product lives in its producer's search document, so it reindexes the producer. */
export async function queueReindex(db: Db, entityType: EntityType, id: string, producerId: string | null): Promise<void> {
	await searchPort().queueListingReindex(db, entityType === 'product' ? { entityType: 'producer', id: producerId! } : { entityType, id });
}

/** Moderation's entries in the audit log, named `moderation.<action>`. */
export async function audit(db: Db, actorUserId: string | null, action: string, entityType: EntityType, entityId: string, details: Record<string, unknown>): Promise<void> {
	await recordAudit(db, { actorUserId, action: `moderation.${action}`, entityType, entityId, details });
}
