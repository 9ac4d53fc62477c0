import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { localized } from '$lib/domain/localized';
import { localInput, readDayForm } from '$lib/domain/brokerage/day-form';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { eventScope, workspaceEventOf } from '$lib/server/events/access';
import { countMeetings, findDay } from '$lib/server/brokerage/days-repository';
import { saveBrokerageDay, type SaveRefusal } from '$lib/server/brokerage/manage-flow';
import { overviewOf } from '$lib/server/brokerage/queries';

const refusalText = (r: SaveRefusal): string =>
	({
		window: m.brok_err_window(),
		mode: m.brok_err_mode(),
		slots_locked: m.brok_err_slots_locked(),
		no_slots: m.brok_err_no_slots(),
		minutes: m.brok_err_minutes(),
		count: m.brok_err_count(),
		break: m.brok_err_break()
	})[r];

/** Staff: open an event's brokerage day (window, mode, slots) and see every slot's meetings, printable. */
export const load: PageServerLoad = async (event) => {
	const found = await workspaceEventOf(event);
	const principal = await requirePermission(event, 'read:brokerage', { organisationId: found.organisationId });
	const zone = found.timeZone;
	const day = await findDay(db(), found.id);
	const overview = await overviewOf(db(), found.id);
	const slots = overview?.slots ?? [];
	const first = slots[0];
	return {
		event: { id: found.id, slug: found.slug, status: found.status, title: localized(found.title, event.params.lang), timeZone: zone },
		hasDay: !!day,
		locked: day ? (await countMeetings(db(), found.id)) > 0 : false,
		canEdit: can(principal, 'update:brokerage', { organisationId: found.organisationId }),
		values: {
			opensAt: localInput(day?.opensAt ?? new Date(), zone),
			closesAt: localInput(day?.closesAt ?? found.startsAt, zone),
			mode: day?.mode ?? (found.online ? 'online' : 'tables'),
			onlineUrl: day?.onlineUrl ?? found.joinUrl ?? '',
			tableCount: String(day?.tableCount ?? 10),
			firstStart: localInput(first?.startsAt ?? found.startsAt, zone),
			minutes: first ? String(Math.round((first.endsAt.getTime() - first.startsAt.getTime()) / 60_000)) : '20',
			count: String(slots.length || 6),
			breakAfter: '',
			breakMinutes: ''
		},
		overview: overview
			? {
					participants: overview.participants,
					accepted: slots.reduce((n, s) => n + s.meetings.filter((x) => x.status === 'accepted').length, 0),
					slots: slots.map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), meetings: s.meetings.filter((x) => x.status === 'accepted') }))
				}
			: null
	};
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'update:brokerage', () => eventScope(event));
		const found = await workspaceEventOf(event);
		const form = await event.request.formData();
		const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
		const hasDay = !!(await findDay(db(), found.id));
		const withSlots = !hasDay || values.regenerate === '1';
		const read = readDayForm(values, found.timeZone, withSlots);
		if (!read.ok) return fail(400, { values, error: read.field === 'onlineUrl' || read.field === 'tableCount' ? m.brok_err_mode() : m.brok_err_date(), field: read.field });
		const saved = await saveBrokerageDay(db(), { actorUserId: principal.userId, eventId: found.id, eventEndsAt: found.endsAt, hasDay, input: read.value });
		if (!saved.ok) return fail(400, { values, error: refusalText(saved.reason) });
		return { message: m.brok_saved() };
	}
};
