import type { PageSlotView } from '$lib/contracts/programme';
import type { Locale } from '$lib/i18n/locales';
import type { Db } from '../db/types';
import { projectTerritoryBySlug } from '../projects/choices-repository';
import { findWorkspaceOrganisation } from '../workspace/organisations-lookup';
import { slotsOf, type SlotContext, type SlotHost } from './page-slots';
import './page-slots-index';

/** Every registered section of a page that has something to show, in order. */
export async function loadPageSlots(host: SlotHost, ctx: SlotContext): Promise<PageSlotView[]> {
	const views = await Promise.all(slotsOf(host).map((s) => s.load(ctx)));
	return views.filter((v): v is PageSlotView => !!v && v.items.length > 0);
}

/** The sections of a (published) organisation's page. */
export async function slotsOfOrganisation(db: Db, slug: string, locale: Locale, now: Date): Promise<PageSlotView[]> {
	const org = await findWorkspaceOrganisation(db, slug);
	return org ? loadPageSlots('organisation', { db, id: org.id, slug, locale, now }) : [];
}

/** The sections of a municipality's page (projects naming its planning region count there too). */
export async function slotsOfMunicipality(db: Db, slug: string, locale: Locale, now: Date): Promise<PageSlotView[]> {
	const t = await projectTerritoryBySlug(db, slug);
	return t ? loadPageSlots('municipality', { db, id: t.id, slug, locale, now, regionId: t.parentId }) : [];
}
