import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { placesLeft } from '$lib/domain/programme/phase';
import { parseWith, formValues } from '$lib/forms/parse';
import { decisionSchema } from '$lib/forms/programmes';
import { m } from '$lib/paraglide/messages';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { applicationChoices } from '$lib/server/programmes/apply-input';
import { decideApplication } from '$lib/server/programmes/review-flow';
import { reviewRows } from '$lib/server/programmes/review-view';
import { programmesPath, routeCohort } from '$lib/server/programmes/route-helpers';
import { cohortApplications } from '$lib/server/programmes/staff-queries';
import { workspacePath } from '$lib/server/workspace/sections';
import { workspaceScope } from '$lib/server/workspace/access';

/** Matching mentors to mentees is for programmes that pair people (another feature's board). */
const PAIRED = new Set(['mentoring', 'incubator']);
const STATUSES = new Set(['submitted', 'accepted', 'waitlisted', 'declined', 'withdrawn']);

export const load: PageServerLoad = async (event) => {
	const { organisation, programme, cohort } = await routeCohort(event);
	const principal = await requirePermission(event, 'read:application', { organisationId: organisation.id });
	const lang = event.params.lang;
	const [{ applications, counts }, choices] = await Promise.all([cohortApplications(db(), cohort.id), applicationChoices(db(), lang)]);
	const names = { municipalities: new Map(choices.municipalities.map((t) => [t.id, t.name])), sectors: new Map(choices.sectors.map((s) => [s.value, s.label])), yes: m.survey_answer_yes(), no: m.survey_answer_no() };
	// ?tila=accepted: only the applications of one status (staff work through the new ones first)
	const status = event.url.searchParams.get('tila');
	const shown = STATUSES.has(status ?? '') ? applications.filter((a) => a.status === status) : applications;
	return {
		status: STATUSES.has(status ?? '') ? status : null,
		programme: { id: programme.id, title: programme.title.lv, kind: programme.kind },
		cohort: { id: cohort.id, title: cohort.title.lv, startsOn: cohort.startsOn, endsOn: cohort.endsOn, capacity: cohort.capacity },
		counts,
		placesLeft: placesLeft(cohort.capacity, counts.accepted),
		applications: reviewRows(shown, cohort.applicationForm, lang, names),
		canReview: can(principal, 'review:application', { organisationId: organisation.id }),
		matchingHref: PAIRED.has(programme.kind) ? workspacePath(lang, organisation.slug, `saparosana/${cohort.id}`) : null,
		decided: event.url.searchParams.get('lemums')
	};
};

export const actions: Actions = {
	decide: async (event) => {
		const principal = await requirePermission(event, 'review:application', () => workspaceScope(event));
		const { organisation, programme, cohort } = await routeCohort(event);
		const form = await event.request.formData();
		const parsed = parseWith(decisionSchema, formValues(form));
		const target = String(form.get('applicationId') ?? '');
		if (!parsed.ok) return fail(400, { target, message: String(form.get('message') ?? ''), errors: parsed.errors });
		const result = await decideApplication(db(), { actorUserId: principal.userId, organisationId: organisation.id, programmeId: programme.id, cohortId: cohort.id, applicationId: parsed.data.applicationId, decision: parsed.data.decision, message: parsed.data.message ?? null });
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok) return fail(409, { target, message: parsed.data.message ?? '', refusal: result.reason });
		redirect(303, `${programmesPath(event.params.lang, organisation.slug)}/${programme.id}/kohortas/${cohort.id}?lemums=${parsed.data.decision}#a-${parsed.data.applicationId}`);
	}
};
