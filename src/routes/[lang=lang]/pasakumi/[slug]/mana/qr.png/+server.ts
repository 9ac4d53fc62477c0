import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { registrationQrPng } from '$lib/server/events/personal-queries';

/** The person's QR code for the door, as an image of this site (the personal page shows it). */
export const GET: RequestHandler = async (event) => {
	const png = await registrationQrPng(db(), event.params.slug, event.url.searchParams.get('k') ?? '');
	if (!png) error(404, 'Not found');
	// personal: never kept by a shared cache, never indexed
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png', 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' } });
};
