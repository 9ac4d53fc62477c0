import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { randomUUID } from 'node:crypto';
import { m } from '$lib/paraglide/messages';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { messageSchema } from '$lib/forms/events';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { eventScope, workspaceEventOf } from '$lib/server/events/access';
import { importAttendanceCsv, markAttendance } from '$lib/server/events/checkin-flow';
import { messageRegistrants } from '$lib/server/events/manage-flow';
import { cancelRegistration } from '$lib/server/events/registration-flow';
import { findRegistration } from '$lib/server/events/registrations-repository';
import { registrationsPage } from '$lib/server/events/workspace-queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CSV_MAX_BYTES = 2 * 1024 * 1024;

export const load: PageServerLoad = async (event) => {
	const found = await workspaceEventOf(event);
	const principal = await requirePermission(event, 'read:registration', { organisationId: found.organisationId });
	const scope = { organisationId: found.organisationId };
	return {
		...(await registrationsPage(db(), found, event.params.lang)),
		eventRef: { id: found.id, slug: found.slug, status: found.status },
		messageKey: randomUUID(),
		canMark: can(principal, 'checkin:registration', scope),
		canMessage: can(principal, 'message:registration', scope),
		canCancel: can(principal, 'update:event', scope)
	};
};

export const actions: Actions = {
	attendance: async (event) => {
		await requirePermission(event, 'checkin:registration', () => eventScope(event));
		const found = await workspaceEventOf(event);
		const form = await event.request.formData();
		const marks = [...form.entries()]
			.filter(([k, v]) => k.startsWith('a.') && UUID.test(k.slice(2)) && (v === 'attended' || v === 'absent' || v === 'unknown'))
			.map(([k, v]) => ({ participationId: k.slice(2), attendance: v as 'attended' | 'absent' | 'unknown' }));
		const changed = await markAttendance(db(), found.id, marks);
		return { message: m.events_attendance_saved({ count: changed }) };
	},
	csv: async (event) => {
		await requirePermission(event, 'checkin:registration', () => eventScope(event));
		const found = await workspaceEventOf(event);
		const file = (await event.request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { csvError: m.events_csv_missing() });
		if (file.size > CSV_MAX_BYTES) return fail(400, { csvError: m.events_csv_too_large() });
		const result = await importAttendanceCsv(db(), found.id, await file.text());
		if (!result.ok) return fail(400, { csvError: result.reason === 'no_email_column' ? m.events_csv_no_email() : m.events_csv_unreadable() });
		return { csv: result };
	},
	message: async (event) => {
		const principal = await requirePermission(event, 'message:registration', () => eventScope(event));
		const found = await workspaceEventOf(event);
		const form = await event.request.formData();
		const parsed = parseWith(messageSchema, formValues(form));
		const key = String(form.get('key') ?? '');
		if (!parsed.ok || !UUID.test(key)) return fail(400, { messageForm: { values: typedValues(form), errors: parsed.ok ? {} : parsed.errors } });
		await messageRegistrants(db(), { eventId: found.id, organisationId: found.organisationId, actorUserId: principal.userId, key, ...parsed.data });
		return { message: m.events_message_sent() };
	},
	cancelRegistration: async (event) => {
		await requirePermission(event, 'update:event', () => eventScope(event));
		const found = await workspaceEventOf(event);
		const id = String((await event.request.formData()).get('participation') ?? '');
		const reg = UUID.test(id) ? await findRegistration(db(), id) : null;
		if (!reg || reg.eventId !== found.id) return fail(404, { error: m.workspace_not_found() });
		const result = await cancelRegistration(db(), id);
		return result.ok ? { message: m.events_registration_cancelled_by_staff() } : fail(409, { error: m.events_cancel_not_possible() });
	}
};
