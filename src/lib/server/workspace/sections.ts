/**
 * The sections of an organisation's workspace. Each programme feature registers one entry (its
 * own file, imported from `sections-index.ts`); the workspace page renders whatever is
 * registered and lets through only what the person's role allows. Events, registrations,
 * surveys, cohorts and reports add themselves the same way (decision 006).
 */
import type { Locale } from '$lib/i18n/locales';
import type { Capability, Principal } from '../auth/permissions';
import type { Db } from '../db/types';
import type { WorkspaceOrganisation } from './organisations-lookup';

export type { WorkspaceSectionView } from '$lib/contracts/workspace';
import type { WorkspaceSectionView } from '$lib/contracts/workspace';

export type WorkspaceContext = { db: Db; organisation: WorkspaceOrganisation; locale: Locale; principal: NonNullable<Principal>; now: Date };

export type WorkspaceSection = {
	id: string;
	/** Lower comes first. */
	order: number;
	/** Read capability with organisation reach (checked with the organisation as the row). */
	capability: Capability;
	title: (locale: Locale) => string;
	/** The section's own page under the workspace (`projekti`), or null when the overview is all. */
	path: string | null;
	load: (ctx: WorkspaceContext) => Promise<Omit<WorkspaceSectionView, 'id' | 'title' | 'href'>>;
};

const sections: WorkspaceSection[] = [];

export function registerWorkspaceSection(section: WorkspaceSection): void {
	if (sections.some((s) => s.id === section.id)) throw new Error(`Workspace section "${section.id}" registered twice`);
	sections.push(section);
	sections.sort((a, b) => a.order - b.order);
}

export function workspaceSections(): readonly WorkspaceSection[] {
	return sections;
}

/** The workspace's base path: /{lang}/organizacijas/{slug}/darbs. */
export const workspacePath = (locale: string, slug: string, rest = '') => `/${locale}/organizacijas/${slug}/darbs${rest ? `/${rest}` : ''}`;
