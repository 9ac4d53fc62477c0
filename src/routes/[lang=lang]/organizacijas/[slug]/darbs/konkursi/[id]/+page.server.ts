import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localized, localizedLang } from '$lib/domain/localized';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { contestFormValues } from '$lib/server/contests/contest-input';
import { enterBeacon, publishContest, revealSecret, setWinnerAside } from '$lib/server/contests/draw-flow';
import { contestProjects } from '$lib/server/contests/manage-flow';
import { staffContest } from '$lib/server/contests/queries';
import { decideContestPhoto } from '$lib/server/contests/photo-flow';
import { photoReview } from '$lib/server/contests/photo-queries';
import { contestOfWorkspace, contestScope, contestsPath, saveContestForm } from '$lib/server/contests/route-helpers';
import { contestSourceView } from '$lib/server/contests/source-view';

export const load: PageServerLoad = async (event) => {
	const { organisation, contest } = await contestOfWorkspace(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const lang = event.params.lang;
	const view = await staffContest(db(), contest, lang);
	const fresh = view.contest;
	const scope = { organisationId: organisation.id };
	const projects = await contestProjects(db(), organisation.id, lang);
	return {
		contest: { id: fresh.id, slug: fresh.slug, title: localized(fresh.title, lang), lang: localizedLang(fresh.title, lang), status: fresh.status, sourceKind: fresh.sourceKind, closesAt: fresh.closesAt, frozen: !!fresh.frozenAt, drawn: !!fresh.drawnAt, listHash: fresh.listHash, isDemo: fresh.isDemo },
		source: contestSourceView(fresh),
		counts: view.counts,
		winners: view.winners,
		setAside: view.setAside,
		// the staff see the whole log, the refused values included; the public page leaves their details out
		log: view.log.map((l) => ({ action: l.action, publicId: l.publicId, at: l.at, replacedBy: typeof l.details.replacedBy === 'string' ? l.details.replacedBy : null })),
		projects,
		values: contestFormValues({ ...fresh, prizes: view.prizes.map((p) => ({ title: p.title, producerSlug: p.producerSlug })) }),
		photos: fresh.eligibility === 'photo' ? await photoReview(db(), fresh.id, lang) : null,
		can: { edit: can(principal, 'update:contest', scope), draw: can(principal, 'draw:contest', scope), reject: can(principal, 'reject:contest_winner', scope), moderate: can(principal, 'moderate:contest_photo', scope) }
	};
};

const here = (event: Parameters<Actions[string]>[0], organisationSlug: string) => `${contestsPath(event.params.lang, organisationSlug)}/${event.params.id}`;

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'update:contest', () => contestScope(event));
		const { contest } = await contestOfWorkspace(event);
		return saveContestForm(event, principal, contest.id);
	},
	publish: async (event) => {
		const principal = await requirePermission(event, 'update:contest', () => contestScope(event));
		const { organisation, contest } = await contestOfWorkspace(event);
		const done = await publishContest(db(), principal.userId, contest.id);
		if (!done.ok) return fail(409, { action: 'publish', reason: done.reason });
		redirect(303, here(event, organisation.slug));
	},
	beacon: async (event) => {
		const principal = await requirePermission(event, 'draw:contest', () => contestScope(event));
		const { organisation, contest } = await contestOfWorkspace(event);
		const form = await event.request.formData();
		const done = await enterBeacon(db(), principal.userId, contest.id, { randomness: String(form.get('randomness') ?? ''), signature: String(form.get('signature') ?? '') });
		if (!done.ok) return fail(400, { action: 'beacon', reason: done.reason });
		redirect(303, here(event, organisation.slug));
	},
	reveal: async (event) => {
		const principal = await requirePermission(event, 'draw:contest', () => contestScope(event));
		const { organisation, contest } = await contestOfWorkspace(event);
		const done = await revealSecret(db(), principal.userId, contest.id);
		if (!done.ok) return fail(409, { action: 'reveal', reason: done.reason });
		redirect(303, here(event, organisation.slug));
	},
	photo: async (event) => {
		const principal = await requirePermission(event, 'moderate:contest_photo', () => contestScope(event));
		const { organisation, contest } = await contestOfWorkspace(event);
		const form = await event.request.formData();
		const decision = form.get('decision') === 'reject' ? 'reject' : 'approve';
		const done = await decideContestPhoto(db(), principal.userId, contest.id, { entryId: String(form.get('entryId') ?? ''), decision, reason: String(form.get('reason') ?? '') });
		if (!done.ok) return fail(done.reason === 'reason_required' ? 400 : 409, { action: 'photo', reason: done.reason });
		redirect(303, here(event, organisation.slug));
	},
	aside: async (event) => {
		const principal = await requirePermission(event, 'reject:contest_winner', () => contestScope(event));
		const { organisation, contest } = await contestOfWorkspace(event);
		const form = await event.request.formData();
		const decision = form.get('decision') === 'ineligible' ? 'ineligible' : 'declined';
		const done = await setWinnerAside(db(), principal.userId, contest.id, String(form.get('publicId') ?? ''), decision);
		if (!done.ok) return fail(409, { action: 'aside', reason: done.reason });
		redirect(303, here(event, organisation.slug));
	}
};
