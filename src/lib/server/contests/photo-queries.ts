/** What the pages show of entry photos: the public gallery (approved, confirmed) and the staff's review list. */
import { localized } from '$lib/domain/localized';
import { isLocale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import type { Db } from '../db/types';
import { countPhotos, listEntryPhotos } from './photo-entries-repository';

export type GalleryPhoto = { id: string; alt: string; width: number; height: number };

/** Alt text names the municipality and the public entry id, never the entrant. */
function photoAlt(publicId: string, municipality: string | null, lang: string): string {
	const locale = isLocale(lang) ? lang : 'lv';
	return municipality ? m.contest_photo_alt({ id: publicId, municipality }, { locale }) : m.contest_photo_alt_nowhere({ id: publicId }, { locale });
}

export async function contestGallery(db: Db, contestId: string, locale: string): Promise<GalleryPhoto[]> {
	const rows = await listEntryPhotos(db, contestId, 'approved', true);
	return rows.map((r) => ({ id: r.imageId, width: r.width, height: r.height, alt: photoAlt(r.publicId, r.municipality ? localized(r.municipality, locale) : null, locale) }));
}

/** Pending photos for review (staff): the entry id the decision names, and whether the address is confirmed yet. */
export async function photoReview(db: Db, contestId: string, locale: string) {
	const rows = await listEntryPhotos(db, contestId, 'pending');
	return {
		counts: await countPhotos(db, contestId),
		pending: rows.map((r) => ({ entryId: r.id, publicId: r.publicId, confirmed: !!r.confirmedAt, image: { id: r.imageId, width: r.width, height: r.height, alt: photoAlt(r.publicId, r.municipality ? localized(r.municipality, locale) : null, locale) } }))
	};
}
