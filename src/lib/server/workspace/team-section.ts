import { m } from '$lib/paraglide/messages';
import { can } from '../auth/permissions';
import { listOpenInvitations } from './invitations-repository';
import { roleLabel } from './mails';
import { listStaff } from './members-repository';
import { registerWorkspaceSection, workspacePath } from './sections';

registerWorkspaceSection({
	id: 'team',
	order: 90,
	capability: 'read:workspace',
	title: (locale) => m.workspace_team_title({}, { locale }),
	path: 'komanda',
	load: async ({ db, organisation, locale, principal, now }) => {
		const staff = await listStaff(db, organisation.id);
		const open = can(principal, 'create:invitation', { organisationId: organisation.id }) ? await listOpenInvitations(db, organisation.id, now) : [];
		const href = workspacePath(locale, organisation.slug, 'komanda');
		return {
			count: staff.length,
			items: [
				...staff.map((s) => ({ title: s.name || s.email, href, meta: roleLabel(s.role, locale) })),
				...open.map((i) => ({ title: i.email, href, meta: m.workspace_invited_as({ role: roleLabel(i.role, locale) }, { locale }) }))
			],
			actions: open.length || can(principal, 'create:invitation', { organisationId: organisation.id }) ? [{ href: `${href}#invite`, label: m.workspace_invite_action({}, { locale }) }] : [],
			empty: m.workspace_team_empty({}, { locale })
		};
	}
});
