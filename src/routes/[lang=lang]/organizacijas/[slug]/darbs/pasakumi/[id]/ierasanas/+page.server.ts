import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { randomUUID } from 'node:crypto';
import { m } from '$lib/paraglide/messages';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { walkInSchema } from '$lib/forms/events';
import { localized } from '$lib/domain/localized';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { eventScope, workspaceEventOf } from '$lib/server/events/access';
import { checkIn, walkIn, type CheckinResult } from '$lib/server/events/checkin-flow';
import { eventCounts, listRegistrations } from '$lib/server/events/registrations-repository';

/** The door: scan QR codes (camera), find people by name, add walk-ins; works without JavaScript too (forms). */
export const load: PageServerLoad = async (event) => {
	const found = await workspaceEventOf(event);
	await requirePermission(event, 'checkin:registration', { organisationId: found.organisationId });
	const regs = await listRegistrations(db(), found.id);
	return {
		eventRef: { id: found.id, slug: found.slug, status: found.status, title: localized(found.title, event.params.lang) },
		counts: await eventCounts(db(), found.id),
		people: regs
			.filter((r) => r.registration === 'registered' || r.registration === 'offered' || r.attendance === 'attended')
			.map((r) => ({ id: r.participationId, name: r.name ?? '', email: r.email ?? '', guests: r.guests, attended: r.attendance === 'attended' })),
		scanId: randomUUID()
	};
};

const said = (r: CheckinResult) =>
	r.ok ? (r.already ? m.events_checkin_already({ name: r.name ?? '' }) : m.events_checkin_ok({ name: r.name ?? '' })) : m.events_checkin_unknown();

export const actions: Actions = {
	checkin: async (event) => {
		const principal = await requirePermission(event, 'checkin:registration', () => eventScope(event));
		const found = await workspaceEventOf(event);
		const form = await event.request.formData();
		const scanId = String(form.get('scanId') ?? '');
		const participation = String(form.get('participation') ?? '');
		const code = String(form.get('code') ?? '').trim();
		if (!/^[0-9a-f-]{36}$/.test(scanId) || (!participation && !code)) return fail(400, { error: m.events_checkin_unknown() });
		const result = await checkIn(db(), { eventId: found.id, scanId, scannedAt: new Date(), actorUserId: principal.userId, code: code || undefined, participationId: /^[0-9a-f-]{36}$/.test(participation) ? participation : undefined });
		return result.ok ? { message: said(result) } : fail(400, { error: said(result) });
	},
	walkin: async (event) => {
		const principal = await requirePermission(event, 'checkin:registration', () => eventScope(event));
		const found = await workspaceEventOf(event);
		const form = await event.request.formData();
		const parsed = parseWith(walkInSchema, formValues(form));
		const scanId = String(form.get('scanId') ?? '');
		if (!parsed.ok || !/^[0-9a-f-]{36}$/.test(scanId)) return fail(400, { walkIn: { values: typedValues(form), errors: parsed.ok ? { name: 'invalid' } : parsed.errors } });
		const result = await walkIn(db(), { eventId: found.id, scanId, scannedAt: new Date(), actorUserId: principal.userId, name: parsed.data.name, email: parsed.data.email, locale: event.params.lang ?? 'lv' });
		return { message: said(result) };
	}
};
