/**
 * What every insight page starts with: the workspace's organisation from the URL (404 when
 * unknown), the reader's right to read insight there, the language and the window and area.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { requirePermission } from '../auth/authorize';
import { can, type Capability, type Principal } from '../auth/permissions';
import { db } from '../db/bootstrap';
import { workspaceOf } from '../workspace/access';
import type { WorkspaceOrganisation } from '../workspace/organisations-lookup';
import { insightScope, readInsightParams, type InsightScope } from './scope';

export type InsightContext = { organisation: WorkspaceOrganisation; principal: NonNullable<Principal>; locale: Locale; can: (capability: Capability) => boolean };

export async function insightContext(event: Pick<RequestEvent, 'params' | 'locals' | 'url'>): Promise<InsightContext> {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:insight', { organisationId: organisation.id });
	const locale = isLocale(event.params.lang) ? event.params.lang : 'lv';
	return { organisation, principal, locale, can: (capability) => can(principal, capability, { organisationId: organisation.id }) };
}

export async function insightPageScope(ctx: InsightContext, url: URL): Promise<InsightScope> {
	return insightScope(db(), ctx.organisation.id, readInsightParams(url.searchParams), ctx.locale);
}

/** The scope as plain page data: what the filter form and the links need. */
export function scopeView(scope: InsightScope) {
	return {
		params: scope.params,
		window: scope.window,
		hasTerritory: scope.territory.length > 0 && scope.territory.length < scope.municipalities.length,
		categories: scope.categories.map((c) => ({ value: c.slug, label: c.parentId === null ? c.label : `— ${c.label}` }))
	};
}
