import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { authorize, readerReach } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { reportScope, resolveReport } from '$lib/server/reports/flow';
import { reportsPage, type ReportCard } from '$lib/server/reports/queries';
import { can } from '$lib/server/auth/permissions';
import { parseReportFilter, parseResolveForm } from '$lib/server/reports/report-form';

export const load: PageServerLoad = async (event) => {
	const reach = readerReach(event, 'review:report');
	const filter = parseReportFilter(event.url.searchParams);
	const page = await reportsPage(db(), { territoryIds: reach, filter, locale: event.params.lang, now: new Date() });
	const principal = event.locals.principal ?? null;
	// an edit link where the reviewer may fix what was reported (producers: their dashboard)
	const editHref = (r: ReportCard) =>
		r.listingType === 'producer' && r.listing && can(principal, 'update:producer', { producerId: r.listing.id, municipalityId: String(r.listing.municipalityId) })
			? `/${event.params.lang}/mans/${r.listing.id}`
			: null;
	return {
		page: { ...page, reports: page.reports.map((r) => ({ ...r, editHref: editHref(r) })) },
		done: event.url.searchParams.get('done')
	};
};

/** The report the form names, for the permission check (the body is read from a clone). */
const scopeOfForm = (event: RequestEvent) => async () => reportScope(db(), String((await event.request.clone().formData()).get('reportId') ?? ''));

async function decide(event: RequestEvent, outcome: 'resolved' | 'dismissed') {
	const principal = event.locals.principal!;
	const parsed = parseResolveForm(await event.request.formData(), outcome);
	if (!parsed.decision) return fail(400, { reportId: parsed.reportId, errors: parsed.errors as Record<string, string>, note: parsed.note });
	const result = await resolveReport(db(), { decision: parsed.decision, actorUserId: principal.userId });
	if (!result.ok) return fail(409, { reportId: parsed.decision.reportId, errors: { report: result.error } as Record<string, string>, note: parsed.note });
	return { decided: outcome, reportId: parsed.decision.reportId };
}

export const actions: Actions = {
	resolve: async (event) => {
		await authorize(event, 'review:report', scopeOfForm(event));
		return decide(event, 'resolved');
	},
	dismiss: async (event) => {
		await authorize(event, 'review:report', scopeOfForm(event));
		return decide(event, 'dismissed');
	}
};
