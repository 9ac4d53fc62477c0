import { error, type RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { requirePermission, signedIn } from '$lib/server/auth/authorize';
import { type Principal, type ResourceScope } from '$lib/server/auth/permissions';
import { producers } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { RevisionSource } from '$lib/server/moderation/field-policy';

type Ev = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What the dashboard's permission checks look at: the listing, and where it is — so a territory
 * editor may edit listings in their municipalities (an edit link from a report or a public page),
 * not only owners and moderators.
 */
export function producerResource(db: Db, producerId: string): () => Promise<ResourceScope> {
	return async () => {
		if (!UUID.test(producerId)) return { producerId };
		const [row] = await db.select({ m: producers.municipalityId }).from(producers).where(eq(producers.id, producerId));
		return { producerId, municipalityId: row ? String(row.m) : null };
	};
}

/**
 * For dashboard page loads (mutations call authorize() themselves): the same `update:producer`
 * check through `authorize` — sign in first, 404 for a malformed id, 403 without the right.
 */
export async function authorizeDashboard(event: Ev, db: Db): Promise<{ principal: NonNullable<Principal>; producerId: string }> {
	const producerId = event.params.id ?? '';
	if (!UUID.test(producerId)) {
		signedIn(event); // an anonymous visitor signs in first, as on every dashboard page
		error(404, 'Not found');
	}
	const principal = await requirePermission(event, 'update:producer', producerResource(db, producerId));
	return { principal, producerId };
}

/**
 * The author of a dashboard change: the signed-in user, writing in the page's language. An owner's
 * change follows the field policy; a moderator's or territory editor's (who came through an edit
 * link) applies as theirs — they are the reviewers.
 */
export function authorOf(event: Ev): { userId: string; email: string; locale: string; source: RevisionSource } {
	const p = event.locals.principal!;
	const owns = p.producerIds.includes(event.params.id ?? '');
	return { userId: p.userId, email: p.email, locale: event.params.lang ?? 'lv', source: owns ? 'owner' : 'moderator' };
}
