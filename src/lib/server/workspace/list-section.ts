/**
 * The common kind of workspace card: the feature's rows, the first few linked to their pages, and
 * "new …" for staff who may create one. A feature says what its rows are and how one reads; the
 * card's shape, the number shown and the permission check on the action are decided here once.
 */
import type { Locale } from '$lib/i18n/locales';
import { can, type Capability } from '../auth/permissions';
import { registerWorkspaceSection, workspacePath, type WorkspaceContext } from './sections';

const SHOWN = 6;

export type ListSection<Row extends { id: string }> = {
	id: string;
	order: number;
	/** Who sees the card (organisation reach); most cards are for anyone in the workspace. */
	capability?: Capability;
	title: (locale: Locale) => string;
	/** The section's page under the workspace; each row links to `{path}/{row.id}`. */
	path: string;
	rows: (ctx: WorkspaceContext) => Promise<Row[]>;
	item: (row: Row, locale: Locale) => { title: string; lang?: string; meta: string };
	/** The "new …" action: its capability, where it goes after the section's page (`/jauna`, `#pievienot`). */
	create?: { capability: Capability; suffix: string; label: (locale: Locale) => string };
	empty: (locale: Locale) => string;
};

export function registerListSection<Row extends { id: string }>(s: ListSection<Row>): void {
	registerWorkspaceSection({
		id: s.id,
		order: s.order,
		capability: s.capability ?? 'read:workspace',
		title: s.title,
		path: s.path,
		load: async (ctx) => {
			const { organisation, locale, principal } = ctx;
			const rows = await s.rows(ctx);
			const base = workspacePath(locale, organisation.slug, s.path);
			const mayCreate = s.create && can(principal, s.create.capability, { organisationId: organisation.id });
			return {
				count: rows.length,
				items: rows.slice(0, SHOWN).map((row) => ({ ...s.item(row, locale), href: `${base}/${row.id}` })),
				actions: s.create && mayCreate ? [{ href: `${base}${s.create.suffix}`, label: s.create.label(locale) }] : [],
				empty: s.empty(locale)
			};
		}
	});
}
