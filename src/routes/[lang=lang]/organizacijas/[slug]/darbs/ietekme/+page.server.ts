import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { parseReportQuery, reportQueryString, staffReport } from '$lib/server/impact/queries';
import { workspaceOf } from '$lib/server/workspace/access';

/** The impact report of the organisation, one of its projects or programmes, over a period (`?par=&no=&lidz=`). */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'read:impact_report', { organisationId: organisation.id });
	const query = parseReportQuery(event.url.searchParams);
	const found = await staffReport(db(), organisation, query, event.params.lang);
	if (!found) error(404, 'Not found');
	const qs = reportQueryString({ scope: { kind: found.scope.kind, id: found.scope.id }, period: query.period });
	return { report: found.report, choices: found.choices, query: qs, selected: `${found.scope.kind}:${found.scope.id}`, period: query.period };
};
