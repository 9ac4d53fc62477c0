/** Read-only flows of the workspace's event pages (staff only: names and addresses appear here). */
import { localized } from '$lib/domain/localized';
import { wallClock } from '$lib/domain/event-time';
import type { Db } from '../db/types';
import { listCalendar, listHostIds, listStopRows, type EventRow } from './events-repository';
import { municipalitySlug, slugsOf } from './lookups-repository';
import { listMessages } from './messages-repository';
import { eventCounts, listRegistrations } from './registrations-repository';

export async function workspaceEvents(db: Db, organisationId: string, now: Date) {
	const upcoming = await listCalendar(db, { organisationId, from: now }, { limit: 200, offset: 0 }, false);
	const past = await listCalendar(db, { organisationId, to: now }, { limit: 200, offset: 0 }, false, 'desc');
	const withCounts = async (rows: typeof upcoming.rows) => Promise.all(rows.map(async (e) => ({ ...e, counts: await eventCounts(db, e.id) })));
	return { upcoming: await withCounts(upcoming.rows), past: await withCounts(past.rows) };
}

/** The stored event as the form's typed values (the same names the form posts). */
export async function eventFormValues(db: Db, e: EventRow): Promise<Record<string, string | string[]>> {
	const v: Record<string, string | string[]> = {};
	const put = (prefix: string, t: Record<string, string | undefined>) => {
		for (const [k, s] of Object.entries(t)) if (s) v[`${prefix}.${k}`] = s;
	};
	put('title', e.title);
	put('summary', e.summary);
	put('description', e.description);
	put('accessibility', e.accessibility);
	put('consent', e.consentText);
	const start = wallClock(e.startsAt, e.timeZone);
	const end = wallClock(e.endsAt, e.timeZone);
	Object.assign(v, { kind: e.kind, startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time, timeZone: e.timeZone });
	if (e.projectId) v.project = e.projectId;
	if (e.online) v.online = 'on';
	if (e.joinUrl) v.joinUrl = e.joinUrl;
	const place = e.placeId ? (await slugsOf(db, 'place', [e.placeId])).get(e.placeId) : undefined;
	if (place) v.place = place;
	for (const [k, s] of [['venueName', e.venueName], ['address', e.address], ['recordingUrl', e.recordingUrl]] as const) if (s) v[k] = s;
	if (e.lat !== null) v.lat = String(e.lat);
	if (e.lng !== null) v.lng = String(e.lng);
	const muni = await municipalitySlug(db, e.municipalityId);
	if (muni) v.municipality = muni;
	if (e.capacity !== null) v.capacity = String(e.capacity);
	if (e.registrationOpensAt) v.opensDate = wallClock(e.registrationOpensAt, e.timeZone).date;
	if (e.registrationClosesAt) v.closesDate = wallClock(e.registrationClosesAt, e.timeZone).date;
	v.offerHours = String(e.offerHours);
	v.reminders = e.reminderHours.join(', ');
	v.languages = e.languages;
	v.funderFields = e.funderFields;
	e.questions.forEach((q, i) => {
		put(`questions.${i}.label`, q.label);
		v[`questions.${i}.kind`] = q.kind;
		v[`questions.${i}.options`] = q.options.map((o) => o.lv).join(', ');
		if (q.required) v[`questions.${i}.required`] = 'on';
	});
	e.materials.forEach((mat, i) => {
		v[`materials.${i}.title`] = mat.title.lv;
		v[`materials.${i}.url`] = mat.url;
		if (mat.before) v[`materials.${i}.before`] = 'on';
	});
	const stops = await listStopRows(db, e.id);
	const slugs = {
		producer: await slugsOf(db, 'producer', stops.flatMap((s) => (s.producerId ? [s.producerId] : []))),
		sales_point: await slugsOf(db, 'sales_point', stops.flatMap((s) => (s.salesPointId ? [s.salesPointId] : []))),
		place: await slugsOf(db, 'place', stops.flatMap((s) => (s.placeId ? [s.placeId] : [])))
	};
	stops.forEach((s, i) => {
		const [kind, id] = s.producerId ? (['producer', s.producerId] as const) : s.salesPointId ? (['sales_point', s.salesPointId] as const) : (['place', s.placeId!] as const);
		v[`stops.${i}.target`] = `${kind}:${slugs[kind].get(id) ?? ''}`;
		if (s.at) v[`stops.${i}.time`] = wallClock(s.at, e.timeZone).time;
		if (s.note.lv) v[`stops.${i}.note`] = s.note.lv;
	});
	const hostSlugs = await slugsOf(db, 'producer', await listHostIds(db, e.id));
	v.hosts = [...hostSlugs.values()];
	return v;
}

/** The registrations page: everyone on the list with their answers, the counts, the messages sent. */
export async function registrationsPage(db: Db, e: EventRow, locale: string) {
	const regs = await listRegistrations(db, e.id);
	return {
		event: { id: e.id, slug: e.slug, title: localized(e.title, locale), startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString(), status: e.status, online: e.online, capacity: e.capacity, questions: e.questions.map((q) => ({ id: q.id, label: localized(q.label, locale) })) },
		counts: await eventCounts(db, e.id),
		registrations: regs.map((r) => ({
			participationId: r.participationId,
			name: r.name,
			email: r.email,
			registration: r.registration,
			attendance: r.attendance,
			guests: r.guests,
			guestNames: r.guestNames,
			answers: r.answers,
			walkIn: r.walkIn,
			offerExpiresAt: r.offerExpiresAt?.toISOString() ?? null
		})),
		messages: (await listMessages(db, e.id)).map((mg) => ({ ...mg, createdAt: mg.createdAt.toISOString() }))
	};
}
