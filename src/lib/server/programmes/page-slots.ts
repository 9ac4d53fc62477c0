/**
 * An organisation's and a project's public page list their published programmes (issue 17), with
 * whether applications are open now, so people find the mentoring or incubator where they already
 * look: on the page of the partnership or project that runs it.
 */
import { m } from '$lib/paraglide/messages';
import { localized, localizedLang } from '$lib/domain/localized';
import type { PageSlotView } from '$lib/contracts/programme';
import { registerPageSlot, type SlotContext } from '../programme/page-slots';
import { publishedProgrammesOf } from './public-queries';

async function programmesSlot(ctx: SlotContext, of: { organisationId: string } | { projectId: string }): Promise<PageSlotView | null> {
	const list = await publishedProgrammesOf(ctx.db, of, ctx.now);
	if (!list.length) return null;
	return {
		id: 'programmes',
		title: m.prog_public_title({}, { locale: ctx.locale }),
		items: list.map((p) => ({
			title: localized(p.title, ctx.locale),
			lang: localizedLang(p.title, ctx.locale),
			href: `/${ctx.locale}/programmas/${p.slug}`,
			summary: localized(p.summary, ctx.locale) || undefined,
			summaryLang: localizedLang(p.summary, ctx.locale),
			badge: p.open ? m.prog_phase_applying({}, { locale: ctx.locale }) : undefined
		}))
	};
}

export const organisationProgrammesSlot = (ctx: SlotContext) => programmesSlot(ctx, { organisationId: String(ctx.id) });
export const projectProgrammesSlot = (ctx: SlotContext) => programmesSlot(ctx, { projectId: String(ctx.id) });

registerPageSlot('organisation', { id: 'programmes', order: 35, load: organisationProgrammesSlot });
registerPageSlot('project', { id: 'programmes', order: 35, load: projectProgrammesSlot });
