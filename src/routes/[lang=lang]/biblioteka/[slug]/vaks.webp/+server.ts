import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { thumbnailOf } from '$lib/server/library/files-repository';
import { findLibraryItemBySlug } from '$lib/server/library/items-repository';

/** GET …/biblioteka/{slug}/vaks.webp — a published handbook's first page as its cover picture. */
export const GET: RequestHandler = async ({ params, request }) => {
	const item = await findLibraryItemBySlug(db(), params.slug, true);
	const picture = item ? await thumbnailOf(db(), item.id) : null;
	if (!picture) error(404, 'Not found');
	const etag = `"${picture.sha256}"`;
	const headers = { 'Content-Type': 'image/webp', 'Cache-Control': 'public, max-age=3600', ETag: etag };
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	return new Response(new Uint8Array(picture.bytes), { headers: { ...headers, 'Content-Length': String(picture.bytes.length) } });
};
