import { m } from '$lib/paraglide/messages';
import { localized } from '$lib/domain/localized';
import { eventShort } from '$lib/events/format';
import { can } from '../auth/permissions';
import { registerWorkspaceSection, workspacePath } from '../workspace/sections';
import { listCalendar } from './events-repository';

/** The organisation's events, the next ones first (drafts included: staff see everything of theirs). */
registerWorkspaceSection({
	id: 'events',
	order: 30,
	capability: 'read:event',
	title: (locale) => m.events_title({}, { locale }),
	path: 'pasakumi',
	load: async ({ db, organisation, locale, principal, now }) => {
		const { total, rows } = await listCalendar(db, { organisationId: organisation.id, from: new Date(now.getTime() - 7 * 86_400_000) }, { limit: 5, offset: 0 }, false);
		const base = workspacePath(locale, organisation.slug, 'pasakumi');
		return {
			count: total,
			items: rows.map((e) => ({ title: localized(e.title, locale), href: `${base}/${e.id}`, meta: `${eventShort(e.startsAt, locale)}${e.status === 'draft' ? ` · ${m.events_status_draft({}, { locale })}` : ''}` })),
			actions: can(principal, 'create:event', { organisationId: organisation.id }) ? [{ href: `${base}/jauns`, label: m.events_new({}, { locale }) }] : [],
			empty: m.events_none_upcoming({}, { locale })
		};
	}
});
