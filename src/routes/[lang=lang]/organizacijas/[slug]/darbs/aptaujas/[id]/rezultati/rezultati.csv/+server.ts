import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { resultsContext } from '$lib/server/surveys/results-access';
import { download, resultsTable, tableCsv } from '$lib/server/surveys/results-export';
import { loadResults } from '$lib/server/surveys/results-queries';

/** The results tables: question, answer, count, percent, base (export:survey_results). */
export const GET: RequestHandler = async (event) => {
	const ctx = await resultsContext(event, 'export:survey_results');
	const loaded = await loadResults(db(), ctx.survey, ctx.locale);
	if (!loaded) error(404, 'Not found');
	return download(tableCsv(resultsTable(loaded, ctx.locale)), `rezultati-${ctx.survey.slug}.csv`);
};
