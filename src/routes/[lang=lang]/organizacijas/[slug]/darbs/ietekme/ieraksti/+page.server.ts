import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { isFigure, PAGE_SIZE } from '$lib/server/impact/drill';
import { parseReportQuery, reportQueryString, staffRecords } from '$lib/server/impact/queries';
import { workspaceOf } from '$lib/server/workspace/access';

/** The records behind one figure of the report (`?raditajs=`), fifty a page (`?page=`). */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'read:impact_records', { organisationId: organisation.id });
	const figure = event.url.searchParams.get('raditajs') ?? '';
	if (!isFigure(figure)) error(404, 'Not found');
	const query = parseReportQuery(event.url.searchParams);
	const page = Math.max(1, Math.min(10_000, Number(event.url.searchParams.get('page')) || 1));
	const found = await staffRecords(db(), organisation.id, query, figure, page, event.params.lang);
	if (!found) error(404, 'Not found');
	const qs = reportQueryString({ scope: { kind: found.scope.kind, id: found.scope.id }, period: query.period });
	return { figure, scopeTitle: found.scope.title, query: qs, records: found.page, page, pages: Math.max(1, Math.ceil(found.page.total / PAGE_SIZE)) };
};
