/** A link from a project's public page to its impact summary (the page a LAG links from its own site). */
import { m } from '$lib/paraglide/messages';
import type { PageSlotView } from '$lib/contracts/programme';
import { registerPageSlot, type SlotContext } from '../programme/page-slots';

export async function projectImpactSlot(ctx: SlotContext): Promise<PageSlotView | null> {
	return {
		id: 'impact',
		title: m.impact_public_link({}, { locale: ctx.locale }),
		items: [{ title: m.impact_public_link({}, { locale: ctx.locale }), lang: ctx.locale, href: `/${ctx.locale}/projekti/${ctx.slug}/ietekme`, meta: m.impact_section_meta({}, { locale: ctx.locale }) }]
	};
}

registerPageSlot('project', { id: 'impact', order: 90, load: projectImpactSlot });
