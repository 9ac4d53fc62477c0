/** Projects on public pages: an organisation's (run or partnered), a municipality's (working there). */
import { m } from '$lib/paraglide/messages';
import { formatPeriod } from '$lib/programme/format';
import type { PageSlotView } from '$lib/contracts/programme';
import { registerPageSlot, type SlotContext } from '../programme/page-slots';
import { rigaToday, type ProjectPhase } from './domain';
import { countProjects, listProjects, type ProjectFilter } from './projects-repository';
import { toProjectCards } from './views';

const SHOWN = 6;

async function projectsSlot(ctx: SlotContext, scope: Omit<ProjectFilter, 'publishedOnly' | 'today' | 'phase'>, phases: ProjectPhase[], id: string, title: string, moreQuery: string): Promise<PageSlotView | null> {
	const today = rigaToday(ctx.now);
	const items = [];
	let total = 0;
	for (const phase of phases) {
		const filter: ProjectFilter = { ...scope, publishedOnly: true, today, phase };
		total += await countProjects(ctx.db, filter);
		items.push(...(await toProjectCards(ctx.db, await listProjects(ctx.db, filter, SHOWN), ctx.locale, today)));
	}
	const shown = items.slice(0, SHOWN);
	return {
		id,
		title,
		items: shown.map((p) => ({
			title: p.title,
			lang: p.titleLang,
			href: `/${ctx.locale}/projekti/${p.slug}`,
			meta: [p.number, formatPeriod(p.startsOn, p.endsOn, ctx.locale)].filter(Boolean).join(' · '),
			summary: p.summary,
			summaryLang: p.summaryLang,
			badge: p.phase === 'upcoming' ? m.project_phase_upcoming({}, { locale: ctx.locale }) : undefined
		})),
		more: total > shown.length ? { href: `/${ctx.locale}/projekti?${moreQuery}`, label: m.project_all_count({ count: total }, { locale: ctx.locale }) } : undefined
	};
}

/** An organisation's projects: those it keeps in its workspace and those it is a partner in. */
const organisationScope = (ctx: SlotContext) => ({ involvingOrganisationId: String(ctx.id) });

registerPageSlot('organisation', {
	id: 'projects-current',
	order: 10,
	load: (ctx) => projectsSlot(ctx, organisationScope(ctx), ['current', 'upcoming'], 'projects-current', m.project_current_title({}, { locale: ctx.locale }), `organizacija=${ctx.slug}&posms=current`)
});
registerPageSlot('organisation', {
	id: 'projects-past',
	order: 30,
	load: (ctx) => projectsSlot(ctx, organisationScope(ctx), ['past'], 'projects-past', m.project_past_title({}, { locale: ctx.locale }), `organizacija=${ctx.slug}&posms=past`)
});

/** A municipality's projects: naming it, or its whole planning region. */
const territoryScope = (ctx: SlotContext) => ({ territoryIds: [Number(ctx.id), ...(ctx.regionId ? [ctx.regionId] : [])] });

registerPageSlot('municipality', {
	id: 'projects-current',
	order: 10,
	load: (ctx) => projectsSlot(ctx, territoryScope(ctx), ['current', 'upcoming'], 'projects-current', m.project_current_title({}, { locale: ctx.locale }), `novads=${ctx.slug}&posms=current`)
});
registerPageSlot('municipality', {
	id: 'projects-past',
	order: 30,
	load: (ctx) => projectsSlot(ctx, territoryScope(ctx), ['past'], 'projects-past', m.project_past_title({}, { locale: ctx.locale }), `novads=${ctx.slug}&posms=past`)
});
