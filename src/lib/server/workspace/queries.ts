import type { Locale } from '$lib/i18n/locales';
import { can, type Principal } from '../auth/permissions';
import type { Db } from '../db/types';
import { listWorkspaceOrganisations, type WorkspaceOrganisation } from './organisations-lookup';
import { workspacePath, workspaceSections, type WorkspaceSectionView } from './sections';
import './sections-index';

/** Every section of the workspace the person may read, loaded, in order. */
export async function workspaceOverview(
	db: Db,
	organisation: WorkspaceOrganisation,
	principal: NonNullable<Principal>,
	locale: Locale,
	now = new Date()
): Promise<WorkspaceSectionView[]> {
	const visible = workspaceSections().filter((s) => can(principal, s.capability, { organisationId: organisation.id }));
	return Promise.all(
		visible.map(async (s) => ({
			id: s.id,
			title: s.title(locale),
			href: s.path ? workspacePath(locale, organisation.slug, s.path) : null,
			...(await s.load({ db, organisation, locale, principal, now }))
		}))
	);
}

/** The workspace's navigation: the sections with a page of their own that the person may open. */
export function workspaceTabs(organisation: { id: string; slug: string }, principal: NonNullable<Principal>, locale: Locale): { id: string; title: string; href: string }[] {
	return workspaceSections()
		.filter((s) => s.path && can(principal, s.capability, { organisationId: organisation.id }))
		.map((s) => ({ id: s.id, title: s.title(locale), href: workspacePath(locale, organisation.slug, s.path!) }));
}

/** The workspaces a person can open: their own organisations', or every one for an admin. */
export async function myWorkspaces(db: Db, principal: NonNullable<Principal>): Promise<WorkspaceOrganisation[]> {
	if (can(principal, 'read:workspace', { organisationId: '*none*' })) return listWorkspaceOrganisations(db);
	return listWorkspaceOrganisations(db, principal.memberships.map((mb) => mb.organisationId));
}

export { findWorkspaceOrganisation as workspaceOrganisation } from './organisations-lookup';
