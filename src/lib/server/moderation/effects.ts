/**
 * Side effects of moderation, always written inside the caller's transaction so they happen only
 * if the change commits: search reindexing as a job, audit entries, and where links in mails point.
 */
import { getRequestEvent } from '$app/server';
import { recordAudit } from '../audit/audit-repository';
import { config } from '../config/env';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import type { EntityType } from './drafts';

export const REINDEX_JOB = 'moderation.reindex';

export type ReindexPayload = { entityType: EntityType; id: string };

/** A product lives in its producer's search document, so it reindexes the producer. */
export async function queueReindex(db: Db, entityType: EntityType, id: string, producerId: string | null): Promise<void> {
	const payload: ReindexPayload = entityType === 'product' ? { entityType: 'producer', id: producerId! } : { entityType, id };
	await enqueueJob(db, REINDEX_JOB, payload, { dedupeKey: `reindex:${payload.entityType}:${payload.id}` });
}

export async function audit(db: Db, actorUserId: string | null, action: string, entityType: EntityType, entityId: string, details: Record<string, unknown>): Promise<void> {
	await recordAudit(db, { actorUserId, action: `moderation.${action}`, entityType, entityId, details });
}

/** The site's origin for links in mails: the current request's, else the configured one. */
export function siteOrigin(): string {
	const cfg = config();
	let fromRequest: string | undefined;
	try {
		fromRequest = getRequestEvent().url.origin;
	} catch {
		fromRequest = undefined; // outside a request (jobs, tests)
	}
	return fromRequest ?? cfg.ORIGIN ?? cfg.PUBLIC_BASE_URL ?? `http://localhost:${cfg.PORT}`;
}

const PUBLIC_PATH: Record<Exclude<EntityType, 'product'>, string> = {
	producer: 'razotaji',
	sales_point: 'tirdzniecibas-vietas',
	place: 'vietas'
};

/** The public page of a listing (a product's is its producer's). */
export function publicUrl(locale: string, entityType: EntityType, slug: string): string {
	const path = PUBLIC_PATH[entityType === 'product' ? 'producer' : entityType];
	return new URL(`/${locale}/${path}/${slug}`, siteOrigin()).toString();
}

export function siteUrl(locale: string, path: string, params: Record<string, string> = {}): string {
	const url = new URL(`/${locale}/${path}`, siteOrigin());
	for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
	return url.toString();
}
