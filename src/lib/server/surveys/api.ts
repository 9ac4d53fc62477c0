/** The survey results API's answer (api-schemas.ts): published results only, in the requested language. */
import { eq } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import type { QuestionResult, Share } from '$lib/domain/survey/results';
import type { Locale } from '$lib/i18n/locales';
import { organisations } from '../db/schema';
import type { Db } from '../db/types';
import { present } from '../api/present';
import { pageUrls } from '../api/urls';
import type { SurveyResultsApiBody } from './api-schemas';
import { publicResultsView } from './public-results';
import { publishedResults } from './results-queries';

type Ctx = { origin: string; lang: Locale };

const share = (s: Share) => present({ count: s.count, percent: s.percent });

function question(q: Exclude<QuestionResult, { kind: 'text' }>, lang: Locale): SurveyResultsApiBody['questions'][number] {
	const head = { id: q.questionId, text: localized(q.text, lang), n: q.n };
	switch (q.kind) {
		case 'choice':
			return { ...head, kind: 'choice', type: q.type, multiple_answers: q.multi, options: q.options.map((o) => ({ id: o.id, label: localized(o.label, lang), ...share(o) }) as { id: string; label: string; count: number }) };
		case 'scale':
			return present({ ...head, kind: 'scale' as const, type: 'scale' as const, mean: q.mean, distribution: q.distribution.map((d) => ({ value: d.value, ...share(d) }) as { value: number; count: number }) }) as SurveyResultsApiBody['questions'][number];
		case 'matrix':
			return {
				...head,
				kind: 'matrix',
				type: 'matrix',
				items: q.items.map((i) => present({ id: i.id, label: localized(i.label, lang), n: i.n, mean: i.mean, distribution: i.distribution.map((d) => ({ value: d.value, ...share(d) }) as { value: number; count: number }) }) as { id: string; label: string; n: number; distribution: { value: number; count: number }[] })
			};
		case 'number':
			return present({ ...head, kind: 'number' as const, type: 'number' as const, mean: q.mean, median: q.median, min: q.min, max: q.max }) as SurveyResultsApiBody['questions'][number];
	}
}

export async function surveyResultsBody(db: Db, slug: string, ctx: Ctx): Promise<SurveyResultsApiBody | null> {
	const loaded = await publishedResults(db, slug, ctx.lang);
	if (!loaded) return null;
	const [org] = await db.select({ slug: organisations.slug, name: organisations.name }).from(organisations).where(eq(organisations.id, loaded.survey.organisationId));
	const view = publicResultsView(loaded, ctx.lang);
	const urls = pageUrls(ctx);
	return {
		type: 'survey_results',
		slug: view.slug,
		name: localized(loaded.survey.title, ctx.lang),
		url: `${ctx.origin}/${ctx.lang}/aptaujas/${encodeURIComponent(view.slug)}/rezultati`,
		organisation: { type: 'organisation', slug: org.slug, name: org.name, url: urls.organisation(org.slug) },
		published_at: view.publishedAt,
		respondents: view.respondents,
		questions: view.questions.map((q) => question(q, ctx.lang)),
		quotes: view.quotes
	};
}
