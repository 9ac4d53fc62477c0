import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { fileBytes } from '$lib/server/library/files-repository';
import { findLibraryItemBySlug } from '$lib/server/library/items-repository';
import { countUse } from '$lib/server/library/usage-flow';

/**
 * GET …/biblioteka/{slug}/fails — a published handbook's PDF, counted as a download (people only:
 * not crawlers, not the organisation's staff). A revalidation with the same ETag is a 304 and is
 * not counted again.
 */
export const GET: RequestHandler = async (event) => {
	const item = await findLibraryItemBySlug(db(), event.params.slug, true);
	const file = item ? await fileBytes(db(), item.id) : null;
	if (!item || !file) error(404, 'Not found');
	const etag = `"${file.sha256}"`;
	const headers = {
		'Content-Type': file.mediaType,
		'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
		'Cache-Control': 'public, max-age=300',
		ETag: etag,
		'X-Content-Type-Options': 'nosniff'
	};
	if (event.request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	await countUse(db(), item, 'download', event);
	return new Response(new Uint8Array(file.bytes), { headers: { ...headers, 'Content-Length': String(file.bytes.length) } });
};
