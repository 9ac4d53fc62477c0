/** The latest news on an organisation's and a project's page, with the Atom feed. */
import { m } from '$lib/paraglide/messages';
import { formatPublished } from '$lib/programme/format';
import type { PageSlotView } from '$lib/contracts/programme';
import { registerPageSlot, type SlotContext } from '../programme/page-slots';
import { latestNews } from './queries';

const SHOWN = 5;

async function newsSlot(ctx: SlotContext, filter: { organisationId?: string; projectId?: string }, scopePath: string, listQuery: string): Promise<PageSlotView> {
	const { items, total } = await latestNews(ctx.db, filter, ctx.locale, SHOWN);
	return {
		id: 'news',
		title: m.news_title({}, { locale: ctx.locale }),
		items: items.map((n) => ({
			title: n.title,
			lang: n.lang,
			href: `/${ctx.locale}/zinas/${n.slug}`,
			meta: formatPublished(n.publishedAt, ctx.locale),
			summary: n.summary,
			summaryLang: n.lang
		})),
		more: total > items.length ? { href: `/${ctx.locale}/zinas?${listQuery}`, label: m.news_all_count({ count: total }, { locale: ctx.locale }) } : undefined,
		feed: { href: `/${ctx.locale}/${scopePath}/zinas.atom`, title: m.news_feed_link({}, { locale: ctx.locale }) }
	};
}

registerPageSlot('organisation', {
	id: 'news',
	order: 40,
	load: (ctx) => newsSlot(ctx, { organisationId: String(ctx.id) }, `organizacijas/${ctx.slug}`, `organizacija=${ctx.slug}`)
});
registerPageSlot('project', {
	id: 'news',
	order: 40,
	load: (ctx) => newsSlot(ctx, { projectId: String(ctx.id) }, `projekti/${ctx.slug}`, `projekts=${ctx.slug}`)
});
