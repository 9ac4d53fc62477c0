import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { isVariantWidth } from '$lib/server/images/domain';
import { readImageVariant } from '$lib/server/images/flow';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /media/{id}/{width}.webp — a stored photo variant. The bytes behind a URL never change (a new
 * photo gets a new id), hence "immutable" for a year; the ETag still answers revalidations with 304.
 * Ids are random, so a pending listing's photos are not discoverable before it is published.
 */
export const GET: RequestHandler = async ({ params, request }) => {
	const width = Number(params.width);
	if (!UUID.test(params.id) || !isVariantWidth(width)) error(404, 'Not found');
	const variant = await readImageVariant(db(), params.id, width);
	if (!variant) error(404, 'Not found');
	const headers = {
		'Cache-Control': 'public, max-age=31536000, immutable',
		ETag: variant.etag,
		'Content-Type': 'image/webp'
	};
	if (request.headers.get('if-none-match') === variant.etag) return new Response(null, { status: 304, headers });
	return new Response(new Uint8Array(variant.bytes), { headers: { ...headers, 'Content-Length': String(variant.bytes.length) } });
};
