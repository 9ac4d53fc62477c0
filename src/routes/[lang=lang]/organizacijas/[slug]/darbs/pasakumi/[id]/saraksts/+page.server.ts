import type { PageServerLoad } from './$types';
import { localized } from '$lib/domain/localized';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { workspaceEventOf } from '$lib/server/events/access';
import { venueLine } from '$lib/server/events/mail-event';
import { listRegistrations } from '$lib/server/events/registrations-repository';

/** The printable attendance sheet funders ask for: everyone registered, walk-ins, blank rows, a signature column. */
export const load: PageServerLoad = async (event) => {
	const found = await workspaceEventOf(event);
	await requirePermission(event, 'read:registration', { organisationId: found.organisationId });
	const regs = await listRegistrations(db(), found.id);
	const rows = regs
		.filter((r) => r.registration === 'registered' || r.registration === 'none' || r.attendance === 'attended')
		.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'lv'))
		.flatMap((r) => [{ name: r.name ?? '', guest: false }, ...Array.from({ length: r.guests }, (_, i) => ({ name: r.guestNames?.split(/[,;\n]/)[i]?.trim() ?? '', guest: true }))]);
	return {
		eventRef: { id: found.id, slug: found.slug, status: found.status },
		sheet: { title: localized(found.title, event.params.lang), startsAt: found.startsAt.toISOString(), endsAt: found.endsAt.toISOString(), timeZone: found.timeZone, venue: await venueLine(db(), found), online: found.online },
		rows,
		blank: Math.max(5, Math.ceil(rows.length * 0.15))
	};
};
