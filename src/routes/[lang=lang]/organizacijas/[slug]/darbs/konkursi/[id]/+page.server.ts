import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localized, localizedLang } from '$lib/domain/localized';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { contestFormValues, parseContestForm } from '$lib/server/contests/contest-input';
import { enterBeacon, publishContest, revealSecret, setWinnerAside } from '$lib/server/contests/draw-flow';
import { contestProjects, saveContest } from '$lib/server/contests/manage-flow';
import { staffContest } from '$lib/server/contests/queries';
import { decideContestPhoto } from '$lib/server/contests/photo-flow';
import { photoReview } from '$lib/server/contests/photo-queries';
import { contestOfWorkspace, contestsPath } from '$lib/server/contests/route-helpers';
import { contestSourceView } from '$lib/server/contests/source-view';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const c = await contestOfWorkspace(db(), organisation.id, event.params.id);
	const lang = event.params.lang;
	const view = await staffContest(db(), c, lang);
	const fresh = view.contest;
	const scope = { organisationId: organisation.id };
	const projects = await contestProjects(db(), organisation.id);
	return {
		contest: { id: fresh.id, slug: fresh.slug, title: localized(fresh.title, lang), lang: localizedLang(fresh.title, lang), status: fresh.status, sourceKind: fresh.sourceKind, closesAt: fresh.closesAt, frozen: !!fresh.frozenAt, drawn: !!fresh.drawnAt, listHash: fresh.listHash, isDemo: fresh.isDemo },
		source: contestSourceView(fresh),
		counts: view.counts,
		winners: view.winners,
		setAside: view.setAside,
		projects: projects.map((p) => ({ id: p.id, title: localized(p.title, lang) })),
		values: contestFormValues({ ...fresh, prizes: view.prizes.map((p) => ({ title: p.title, producerSlug: p.producerSlug })) }),
		photos: fresh.eligibility === 'photo' ? await photoReview(db(), fresh.id, lang) : null,
		can: { edit: can(principal, 'update:contest', scope), draw: can(principal, 'draw:contest', scope), reject: can(principal, 'reject:contest_winner', scope), moderate: can(principal, 'moderate:contest_photo', scope) }
	};
};

const here = (event: Parameters<Actions[string]>[0], organisationSlug: string) => `${contestsPath(event.params.lang, organisationSlug)}/${event.params.id}`;

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'update:contest', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const form = await event.request.formData();
		const projects = await contestProjects(db(), organisation.id);
		const parsed = parseContestForm(form, { projectIds: new Set(projects.map((p) => p.id)) });
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const saved = await saveContest(db(), { actorUserId: principal.userId, organisationId: organisation.id, contestId: event.params.id, data: parsed.data });
		if (!saved.ok) return fail(400, { values: Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])), errors: saved.reason === 'invalid' ? saved.errors : { _form: saved.reason } });
		redirect(303, here(event, organisation.slug));
	},
	publish: async (event) => {
		const principal = await requirePermission(event, 'update:contest', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const c = await contestOfWorkspace(db(), organisation.id, event.params.id);
		const done = await publishContest(db(), principal.userId, c.id);
		if (!done.ok) return fail(409, { action: 'publish', reason: done.reason });
		redirect(303, here(event, organisation.slug));
	},
	beacon: async (event) => {
		const principal = await requirePermission(event, 'draw:contest', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const c = await contestOfWorkspace(db(), organisation.id, event.params.id);
		const form = await event.request.formData();
		const done = await enterBeacon(db(), principal.userId, c.id, { randomness: String(form.get('randomness') ?? ''), signature: String(form.get('signature') ?? '') });
		if (!done.ok) return fail(400, { action: 'beacon', reason: done.reason });
		redirect(303, here(event, organisation.slug));
	},
	reveal: async (event) => {
		const principal = await requirePermission(event, 'draw:contest', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const c = await contestOfWorkspace(db(), organisation.id, event.params.id);
		const done = await revealSecret(db(), principal.userId, c.id);
		if (!done.ok) return fail(409, { action: 'reveal', reason: done.reason });
		redirect(303, here(event, organisation.slug));
	},
	photo: async (event) => {
		const principal = await requirePermission(event, 'moderate:contest_photo', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const c = await contestOfWorkspace(db(), organisation.id, event.params.id);
		const form = await event.request.formData();
		const decision = form.get('decision') === 'reject' ? 'reject' : 'approve';
		const done = await decideContestPhoto(db(), principal.userId, c.id, { entryId: String(form.get('entryId') ?? ''), decision, reason: String(form.get('reason') ?? '') });
		if (!done.ok) return fail(done.reason === 'reason_required' ? 400 : 409, { action: 'photo', reason: done.reason });
		redirect(303, here(event, organisation.slug));
	},
	aside: async (event) => {
		const principal = await requirePermission(event, 'reject:contest_winner', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const c = await contestOfWorkspace(db(), organisation.id, event.params.id);
		const form = await event.request.formData();
		const decision = form.get('decision') === 'ineligible' ? 'ineligible' : 'declined';
		const done = await setWinnerAside(db(), principal.userId, c.id, String(form.get('publicId') ?? ''), decision);
		if (!done.ok) return fail(409, { action: 'aside', reason: done.reason });
		redirect(303, here(event, organisation.slug));
	}
};
