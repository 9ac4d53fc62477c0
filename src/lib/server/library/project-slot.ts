/**
 * A project's learning materials on its public page (issue 16: "a project's page lists its
 * materials"): the lectures, handbooks, recordings and tours it produced, newest first.
 */
import { m } from '$lib/paraglide/messages';
import { libraryKindLabel } from '$lib/library/kind-label';
import type { PageSlotView } from '$lib/contracts/programme';
import { registerPageSlot, type SlotContext } from '../programme/page-slots';
import { materialsOf } from './public-queries';

export async function projectMaterialsSlot(ctx: SlotContext): Promise<PageSlotView | null> {
	const items = await materialsOf(ctx.db, { projectId: String(ctx.id) }, ctx.locale);
	if (!items.length) return null;
	return {
		id: 'materials',
		title: m.library_materials_title({}, { locale: ctx.locale }),
		items: items.map((i) => ({ title: i.title, lang: i.lang, href: `/${ctx.locale}/biblioteka/${i.slug}`, meta: libraryKindLabel(i.kind, ctx.locale) }))
	};
}

registerPageSlot('project', { id: 'materials', order: 40, load: projectMaterialsSlot });
