/**
 * Sections that programme features add to public pages: an organisation's page, a municipality's
 * page and a project's page. Projects and news register theirs now; events, materials and the
 * rest register one entry each later (their own file, imported from `page-slots-index.ts`).
 * A slot with nothing to show is left out of the page (no placeholder text). Decision 006.
 */
import type { Locale } from '$lib/i18n/locales';
import type { PageSlotView } from '$lib/contracts/programme';
import type { Db } from '../db/types';

export type SlotHost = 'organisation' | 'municipality' | 'project';

/** The page's subject: the organisation, municipality (with its region) or project row. */
export type SlotContext = { db: Db; id: string | number; slug: string; locale: Locale; now: Date; regionId?: number | null };

export type PageSlot = { id: string; order: number; load: (ctx: SlotContext) => Promise<PageSlotView | null> };

const slots: Record<SlotHost, PageSlot[]> = { organisation: [], municipality: [], project: [] };

export function registerPageSlot(host: SlotHost, slot: PageSlot): void {
	if (slots[host].some((s) => s.id === slot.id)) throw new Error(`Page slot "${slot.id}" registered twice on ${host} pages`);
	slots[host].push(slot);
	slots[host].sort((a, b) => a.order - b.order);
}

export function slotsOf(host: SlotHost): readonly PageSlot[] {
	return slots[host];
}
