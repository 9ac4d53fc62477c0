import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { formValues, parseWith } from '$lib/forms/parse';
import { markSchema, toggleSchema } from '$lib/forms/insight';
import { workspaceScope } from '$lib/server/workspace/access';
import { insightContext, insightPageScope, scopeView } from '$lib/server/insight/access';
import { demandOverview } from '$lib/server/insight/demand-queries';
import { markNeed, publishSummary, subscribeWeekly } from '$lib/server/insight/demand-flow';
import { isPublished, isSubscribed } from '$lib/server/insight/marks-repository';

/** Unmet demand: what people searched for and found nothing (or little), week by week, with the staff's marks. */
export const load: PageServerLoad = async (event) => {
	const ctx = await insightContext(event);
	const scope = await insightPageScope(ctx, event.url);
	return {
		scope: scopeView(scope),
		...(await demandOverview(db(), ctx.organisation.id, scope)),
		subscribed: await isSubscribed(db(), ctx.organisation.id, ctx.principal.userId),
		published: await isPublished(db(), ctx.organisation.id),
		canMark: ctx.can('mark:need'),
		canSubscribe: ctx.can('subscribe:insight'),
		canPublish: ctx.can('publish:insight')
	};
};

export const actions: Actions = {
	mark: async (event) => {
		const principal = await requirePermission(event, 'mark:need', () => workspaceScope(event));
		const parsed = parseWith(markSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(400, { error: m.form_error_invalid() });
		const { organisationId } = await workspaceScope(event);
		await markNeed(db(), { organisationId, userId: principal.userId, needKey: parsed.data.need, status: parsed.data.status, note: parsed.data.note });
		return { message: m.insight_mark_saved() };
	},
	subscribe: async (event) => {
		const principal = await requirePermission(event, 'subscribe:insight', () => workspaceScope(event));
		const parsed = parseWith(toggleSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(400, { error: m.form_error_invalid() });
		const { organisationId } = await workspaceScope(event);
		await subscribeWeekly(db(), { organisationId, userId: principal.userId, on: parsed.data.on });
		return { message: parsed.data.on ? m.insight_subscribed() : m.insight_unsubscribed() };
	},
	publish: async (event) => {
		const principal = await requirePermission(event, 'publish:insight', () => workspaceScope(event));
		const parsed = parseWith(toggleSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(400, { error: m.form_error_invalid() });
		const { organisationId } = await workspaceScope(event);
		await publishSummary(db(), { organisationId, userId: principal.userId, on: parsed.data.on });
		return { message: parsed.data.on ? m.insight_published() : m.insight_unpublished() };
	}
};
