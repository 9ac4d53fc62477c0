import { authorize } from '$lib/server/auth/authorize';
import { auditLog, userIdByEmail } from '$lib/server/admin/flows';
import { pageWindow, parsePageParam } from '$lib/server/geography/paging';
import type { PageServerLoad } from './$types';

const PER_PAGE = 50;

/** yyyy-mm-dd → the start of that day in Riga (what an admin means by a date), or undefined. */
function rigaDay(value: string | null, plusDays = 0): Date | undefined {
	if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
	const utc = new Date(`${value}T00:00:00Z`);
	if (Number.isNaN(utc.getTime())) return undefined;
	utc.setUTCDate(utc.getUTCDate() + plusDays);
	// Riga is UTC+2 or +3; the offset of that day decides
	const riga = new Date(utc.toLocaleString('en-US', { timeZone: 'Europe/Riga' }));
	const offset = riga.getTime() - new Date(utc.toLocaleString('en-US', { timeZone: 'UTC' })).getTime();
	return new Date(utc.getTime() - offset);
}

export const load: PageServerLoad = async (event) => {
	await authorize(event, 'read:audit');
	const p = event.url.searchParams;
	const filter = {
		actor: (p.get('kas') ?? '').trim().slice(0, 254),
		action: p.get('darbiba') ?? '',
		entityType: p.get('objekts') ?? '',
		entityId: (p.get('id') ?? '').trim().slice(0, 100),
		from: p.get('no') ?? '',
		to: p.get('lidz') ?? ''
	};
	const actorId = filter.actor ? ((await userIdByEmail(filter.actor)) ?? '-') : undefined;
	const requested = parsePageParam(p.get('page'));
	const { entries, total, vocabulary } = await auditLog(
		{
			actor: actorId,
			action: filter.action || undefined,
			entityType: filter.entityType || undefined,
			entityId: filter.entityId || undefined,
			from: rigaDay(filter.from),
			to: rigaDay(filter.to, 1)
		},
		{ limit: PER_PAGE, offset: (requested - 1) * PER_PAGE },
		event.params.lang
	);
	return {
		filter,
		vocabulary,
		entries,
		window: pageWindow(total, requested, PER_PAGE)
	};
};
