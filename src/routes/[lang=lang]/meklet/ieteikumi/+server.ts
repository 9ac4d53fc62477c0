import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { suggest } from '$lib/server/search/flow';

/** Autocomplete for the search box: GET ?q=… → { q, suggestions: [{ type, label, detail, url }] }. */
export const GET: RequestHandler = async ({ params, url }) => {
	const body = await suggest(db(), url.searchParams.get('q') ?? '', params.lang);
	return json(body, { headers: { 'cache-control': 'public, max-age=60' } });
};
