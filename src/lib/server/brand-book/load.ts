/** The brand book pages' shared load: the dashboard layout has already checked who may see it. */
import { db } from '../db/bootstrap';
import { linkOrigin } from '../export/respond-text';
import { brandBookOf } from './brand-book';

type Ev = { url: URL; params: { lang: string; id: string }; parent: () => Promise<{ listing: { id: string; slug: string; status: string } }> };

export async function loadBrandBook(event: Ev) {
	const { listing } = await event.parent();
	// the QR code must lead to the public address (PUBLIC_BASE_URL behind a proxy), as feeds' links do
	const book = listing.status === 'published' ? await brandBookOf(db(), listing.slug, event.params.lang, linkOrigin(event.url), event.url.searchParams.get('krasa')) : null;
	return { book };
}
