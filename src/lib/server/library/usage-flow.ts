/**
 * Counting a view or a download of a library item from the request that shows or sends it. The
 * count is one upsert on the month's row; a failure is logged and the page still answers, because
 * a lost +1 matters less than a visitor's page.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { Db } from '../db/types';
import { addUse } from './usage-repository';
import { countsAsUse, usageMonth, type UsageKind } from './usage';

type Ev = Pick<RequestEvent, 'request' | 'locals'>;

export async function countUse(db: Db, item: { id: string; organisationId: string }, kind: UsageKind, event: Ev, now = new Date()): Promise<void> {
	const visit = {
		userAgent: event.request.headers.get('user-agent') ?? '',
		staffOf: (event.locals.principal?.memberships ?? []).map((m) => m.organisationId),
		method: event.request.method,
		purpose: event.request.headers.get('sec-purpose') ?? event.request.headers.get('purpose')
	};
	if (!countsAsUse(visit, item.organisationId)) return;
	try {
		await addUse(db, item.id, kind, usageMonth(now));
	} catch (err) {
		console.error('library: a use could not be counted', item.id, kind, err);
	}
}
