/** The brand book pages' shared load: the dashboard layout has already checked who may see it. */
import { config } from '$lib/server/config/env';
import { db } from '../db/bootstrap';
import { brandBookOf } from './brand-book';

type Ev = { url: URL; params: { lang: string; id: string }; parent: () => Promise<{ listing: { id: string; slug: string; status: string } }> };

/** Where the QR code points: the configured public address, else the one this request came to. */
export function publicOriginOf(event: { url: URL }): string {
	return config().PUBLIC_BASE_URL?.replace(/\/$/, '') ?? event.url.origin;
}

export async function loadBrandBook(event: Ev) {
	const { listing } = await event.parent();
	const book = listing.status === 'published' ? await brandBookOf(db(), listing.slug, event.params.lang, publicOriginOf(event), event.url.searchParams.get('krasa')) : null;
	return { book };
}
