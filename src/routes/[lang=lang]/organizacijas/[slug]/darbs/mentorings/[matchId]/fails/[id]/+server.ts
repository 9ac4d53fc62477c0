import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { fileResponse } from '$lib/server/mentoring/file-response';
import { ownPair } from '$lib/server/mentoring/staff-flow';
import { workspaceOf } from '$lib/server/workspace/access';

/** A pair's shared file for the organisation's coordinator (like the notes, no other staff member). */
export const GET: RequestHandler = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'read:mentoring_notes', { organisationId: organisation.id });
	const pair = await ownPair(db(), organisation.id, event.params.matchId);
	if (!pair) error(404, 'Not found');
	return fileResponse(db(), pair.id, event.params.id);
};
