import { error, type RequestEvent } from '@sveltejs/kit';
import { db } from '../db/bootstrap';
import { workspaceOf } from '../workspace/access';
import { findEvent, type EventRow } from './events-repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The event a workspace route names (`/darbs/pasakumi/{id}`), only when it belongs to the
 * workspace's organisation: another organisation's event is a 404 there, before permissions.
 */
export async function workspaceEventOf(event: Pick<RequestEvent, 'params'>): Promise<EventRow> {
	const organisation = await workspaceOf(event);
	const id = event.params.id ?? '';
	const found = UUID.test(id) ? await findEvent(db(), id) : null;
	if (!found || found.organisationId !== organisation.id) error(404, 'Not found');
	return found;
}

/** The resource scope for `authorize` on an event route: its organisation. */
export async function eventScope(event: Pick<RequestEvent, 'params'>): Promise<{ organisationId: string }> {
	return { organisationId: (await workspaceEventOf(event)).organisationId };
}
