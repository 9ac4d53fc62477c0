import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { m } from '$lib/paraglide/messages';
import { resultsContext } from '$lib/server/surveys/results-access';
import { download, responsesTable, tableXlsx } from '$lib/server/surveys/results-export';
import { loadResults } from '$lib/server/surveys/results-queries';

/** The responses, one row per response (export:survey_results). */
export const GET: RequestHandler = async (event) => {
	const ctx = await resultsContext(event, 'export:survey_results');
	const loaded = await loadResults(db(), ctx.survey, ctx.locale);
	if (!loaded) error(404, 'Not found');
	const table = await responsesTable(db(), loaded, ctx.locale);
	return download(await tableXlsx(table, m.survey_results_sheet_responses({}, { locale: ctx.locale })), `atbildes-${ctx.survey.slug}.xlsx`);
};
