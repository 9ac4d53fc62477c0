import { error, type RequestHandler } from '@sveltejs/kit';
import { db } from '$lib/server/db/bootstrap';
import { qrSvg } from '$lib/server/brand-book/brand-book';
import { authorizeDashboard } from '$lib/server/owner/access';
import { listingSummary } from '$lib/server/owner/queries';
import { linkOrigin } from '$lib/server/export/respond-text';

/** The QR code to the listing's public page, as SVG for a sharp print at any size. */
export const GET: RequestHandler = async (event) => {
	const { producerId } = await authorizeDashboard(event, db());
	const listing = await listingSummary(db(), producerId);
	if (!listing || listing.status !== 'published') error(404, 'Not found');
	const svg = await qrSvg(`${linkOrigin(event.url)}/${event.params.lang}/razotaji/${listing.slug}`);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'private, max-age=3600' } });
};
