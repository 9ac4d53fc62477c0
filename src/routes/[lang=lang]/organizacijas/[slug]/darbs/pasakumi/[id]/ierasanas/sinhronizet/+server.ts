import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { eventScope, workspaceEventOf } from '$lib/server/events/access';
import { syncBody, syncScans } from '$lib/server/events/checkin-sync';

/** POST a batch of queued scans from the check-in page; answers one result per scan id. */
export const POST: RequestHandler = async (event) => {
	const principal = await requirePermission(event, 'checkin:registration', () => eventScope(event));
	const found = await workspaceEventOf(event);
	const parsed = syncBody.safeParse(await event.request.json().catch(() => null));
	if (!parsed.success) error(400, 'Invalid scans');
	const results = await syncScans(db(), { eventId: found.id, actorUserId: principal.userId, locale: event.params.lang ?? 'lv', scans: parsed.data.scans });
	return json({ results });
};
