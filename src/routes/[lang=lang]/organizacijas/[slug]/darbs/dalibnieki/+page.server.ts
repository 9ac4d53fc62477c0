import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { formValues, parseWith } from '$lib/forms/parse';
import { mergeSchema } from '$lib/forms/workspace';
import { parsePageParam } from '$lib/server/geography/paging';
import { mergePeople } from '$lib/server/people/flow';
import { organisationPeoplePage } from '$lib/server/people/queries';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

/** The people who took part in the organisation's activities, with possible duplicates to merge. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'read:person', { organisationId: organisation.id });
	const found = await organisationPeoplePage(db(), organisation.id, parsePageParam(event.url.searchParams.get('page')));
	return {
		...found,
		rows: found.rows.map((r) => ({ ...r, lastActivityAt: r.lastActivityAt?.toISOString() ?? null }))
	};
};

export const actions: Actions = {
	merge: async (event) => {
		const principal = await requirePermission(event, 'merge:person', () => workspaceScope(event));
		const parsed = parseWith(mergeSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(400, { error: m.people_merge_same() });
		const { organisationId } = await workspaceScope(event);
		const result = await mergePeople(db(), { actorUserId: principal.userId, organisationId, survivorId: parsed.data.survivor, mergedId: parsed.data.merged });
		if (!result.ok) {
			const text = {
				same_person: m.people_merge_same,
				already_merged: m.people_merge_already,
				anonymised: m.people_merge_anonymised,
				two_accounts: m.people_merge_two_accounts,
				not_found: m.workspace_not_found,
				outside_organisation: m.workspace_not_found
			}[result.reason];
			return fail(400, { error: text() });
		}
		return { message: m.people_merged({ count: result.moved.participations + result.moved.participationsFolded }) };
	}
};
