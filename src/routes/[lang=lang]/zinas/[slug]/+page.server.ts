import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { newsPost } from '$lib/server/news/queries';

export const load: PageServerLoad = async ({ params }) => {
	const post = await newsPost(db(), params.slug, params.lang);
	if (!post) error(404, 'Not found');
	return { post };
};
