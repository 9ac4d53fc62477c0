import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/domain/localized';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { isLocale } from '$lib/i18n/locales';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { cohortsWithMentees } from '$lib/server/matching/mentees-repository';
import { addMentor } from '$lib/server/mentors/flow';
import { addMentorSchema } from '$lib/server/mentors/mentor-input';
import { listMentorsOfOrganisation, mentorLoads } from '$lib/server/mentors/mentors-repository';
import { sectorLabels } from '$lib/server/mentors/choices';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';
import { workspacePath } from '$lib/server/workspace/sections';
import { sortLatvian } from '$lib/text/collation';

/** The organisation's mentor pool by name, with each mentor's pairs against their capacity, and the cohorts to match. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const lang = event.params.lang;
	const [rows, labels, cohorts] = await Promise.all([listMentorsOfOrganisation(db(), organisation.id), sectorLabels(db(), lang), cohortsWithMentees(db(), organisation.id)]);
	const loads = await mentorLoads(db(), rows.map((t) => t.id));
	return {
		canCreate: can(principal, 'create:mentor', { organisationId: organisation.id }),
		canMatch: can(principal, 'create:mentoring_match', { organisationId: organisation.id }),
		mentors: sortLatvian(rows, (t) => t.name ?? '').map((t) => ({
			id: t.id,
			name: t.name ?? '—',
			email: t.email,
			active: t.active,
			load: loads.get(t.id) ?? 0,
			capacity: t.capacity,
			sectors: t.sectors.map((s) => labels.get(s) ?? s)
		})),
		cohorts: cohorts.map((c) => ({ id: c.id, title: localized(c.title, lang), programmeTitle: localized(c.programmeTitle, lang), mentees: c.mentees }))
	};
};

export const actions: Actions = {
	add: async (event) => {
		const principal = await requirePermission(event, 'create:mentor', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const form = await event.request.formData();
		const parsed = parseWith(addMentorSchema, formValues(form));
		if (!parsed.ok) return fail(400, { values: typedValues(form), errors: parsed.errors });
		const locale = isLocale(event.params.lang) ? event.params.lang : 'lv';
		const result = await addMentor(db(), { actorUserId: principal.userId, organisationId: organisation.id, name: parsed.data.name, email: parsed.data.email, locale });
		redirect(303, `${workspacePath(locale, organisation.slug, 'mentori')}/${result.id}${result.ok ? '?jauns=1' : '?jau=1'}`);
	}
};
