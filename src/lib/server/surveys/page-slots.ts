/**
 * Published survey results on a project's and an organisation's public page (issue 16): the
 * answers people gave, for anyone to read, instead of numbers typed into a news post.
 */
import { m } from '$lib/paraglide/messages';
import { localized, localizedLang } from '$lib/domain/localized';
import type { PageSlotView } from '$lib/contracts/programme';
import { registerPageSlot, type SlotContext } from '../programme/page-slots';
import { listPublishedSurveys } from './surveys-repository';

async function resultsSlot(ctx: SlotContext, of: { projectId: string } | { organisationId: string }): Promise<PageSlotView | null> {
	const surveys = await listPublishedSurveys(ctx.db, of);
	if (!surveys.length) return null;
	return {
		id: 'survey-results',
		title: m.survey_invite_slot_title({}, { locale: ctx.locale }),
		items: surveys.map((s) => ({
			title: localized(s.title, ctx.locale),
			lang: localizedLang(s.title, ctx.locale),
			href: `/${ctx.locale}/aptaujas/${s.slug}/rezultati`,
			meta: m.survey_invite_slot_respondents({ count: s.respondents }, { locale: ctx.locale })
		}))
	};
}

export const projectSurveysSlot = (ctx: SlotContext) => resultsSlot(ctx, { projectId: String(ctx.id) });
export const organisationSurveysSlot = (ctx: SlotContext) => resultsSlot(ctx, { organisationId: String(ctx.id) });

registerPageSlot('project', { id: 'survey-results', order: 45, load: projectSurveysSlot });
registerPageSlot('organisation', { id: 'survey-results', order: 45, load: organisationSurveysSlot });
