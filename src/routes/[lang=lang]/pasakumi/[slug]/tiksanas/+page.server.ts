import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { localized } from '$lib/domain/localized';
import { isLocale } from '$lib/i18n/locales';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { answerMeeting, joinBrokerage, requestMeeting } from '$lib/server/brokerage/participant-flow';
import { participantPage } from '$lib/server/brokerage/queries';
import { accountOf, ownScope, publishedEvent, refusalText } from '$lib/server/brokerage/route-helpers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const text = (form: FormData, name: string, max: number) => String(form.get(name) ?? '').trim().slice(0, max);

/** A brokerage day's participants' page: one's listing, the others' intros, asking and answering. */
export const load: PageServerLoad = async (event) => {
	const found = await publishedEvent(event);
	const lang = event.params.lang;
	const p = event.locals.principal;
	const page = await participantPage(db(), found.id, p ? accountOf(p) : null, lang);
	if (!page) error(404, 'Not found');
	const iso = (s: { id: string; startsAt: Date; endsAt: Date }) => ({ id: s.id, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() });
	return {
		event: { slug: found.slug, title: localized(found.title, lang), timeZone: found.timeZone },
		signedIn: !!p,
		open: page.open,
		window: { opensAt: page.day.opensAt.toISOString(), closesAt: page.day.closesAt.toISOString() },
		mode: page.day.mode,
		slots: page.slots.map(iso),
		me: page.me && {
			listed: page.me.listed,
			organisationName: page.me.listing?.organisationName ?? '',
			intro: page.me.listing ? localized(page.me.listing.intro, lang) : '',
			profileId: page.me.listing?.cooperationProfileId ?? '',
			profiles: page.me.profiles
		},
		others: page.others.map((o) => ({ personId: o.personId, name: o.name ?? '—', organisationName: o.organisationName, intro: localized(o.intro, lang), profile: o.profile && { slug: o.profile.slug, title: localized(o.profile.title, lang) }, freeSlotIds: o.freeSlotIds })),
		meetings: page.meetings.map((mt) => ({ ...mt, slot: iso(mt.slot) }))
	};
};

export const actions: Actions = {
	join: async (event) => {
		const principal = await requirePermission(event, 'join:brokerage', ownScope(event));
		const found = await publishedEvent(event);
		const form = await event.request.formData();
		const intro = text(form, 'intro', 600);
		if (!intro) return fail(400, { error: m.brok_err_intro() });
		const profile = String(form.get('profileId') ?? '');
		const r = await joinBrokerage(db(), accountOf(principal), {
			eventId: found.id,
			organisationName: text(form, 'organisationName', 160) || null,
			intro,
			locale: isLocale(event.params.lang) ? event.params.lang : 'lv',
			cooperationProfileId: UUID.test(profile) ? profile : null,
			optedIn: form.get('optedIn') === '1'
		});
		return r.ok ? { message: m.brok_joined() } : fail(400, { error: refusalText(r.reason) });
	},
	request: async (event) => {
		const principal = await requirePermission(event, 'book:brokerage_meeting', ownScope(event));
		const found = await publishedEvent(event);
		const form = await event.request.formData();
		const inviteeId = String(form.get('inviteeId') ?? '');
		const slotId = String(form.get('slotId') ?? '');
		if (!UUID.test(inviteeId) || !UUID.test(slotId)) return fail(400, { error: m.brok_err_no_slot() });
		const r = await requestMeeting(db(), accountOf(principal), { eventId: found.id, inviteeId, slotId, message: text(form, 'message', 500) || null });
		return r.ok ? { message: m.brok_requested() } : fail(409, { error: refusalText(r.reason) });
	},
	answer: async (event) => {
		const principal = await requirePermission(event, 'book:brokerage_meeting', ownScope(event));
		const found = await publishedEvent(event);
		const form = await event.request.formData();
		const meetingId = String(form.get('meetingId') ?? '');
		const answer = String(form.get('answer') ?? '');
		if (!UUID.test(meetingId) || (answer !== 'accept' && answer !== 'decline' && answer !== 'cancel')) return fail(400, { error: m.brok_err_not_yours() });
		const r = await answerMeeting(db(), accountOf(principal), { eventId: found.id, meetingId, answer });
		return r.ok ? { message: m.brok_answered() } : fail(409, { error: refusalText(r.reason) });
	}
};
