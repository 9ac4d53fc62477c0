import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { config } from '$lib/server/config/env';
import { ALT_MAX_LENGTH, type ImageRejection } from './domain';

/** The localized text a form shows for a refused photo (in the request's locale). */
export function imageRejectionMessage(reason: ImageRejection): string {
	switch (reason) {
		case 'empty':
			return m.images_error_empty();
		case 'too_large':
			return m.images_error_too_large({ max: maxMegabytes() });
		case 'unsupported_type':
			return m.images_error_unsupported_type();
		case 'heic_unsupported':
			return m.images_error_heic_unsupported();
		case 'unreadable':
			return m.images_error_unreadable();
		case 'too_many_pixels':
			return m.images_error_too_many_pixels();
		case 'alt_required':
			return m.images_error_alt_required();
		case 'alt_too_long':
			return m.images_error_alt_too_long({ max: ALT_MAX_LENGTH });
	}
}

/** 10485760 → "10", 1500000 → "1,4" in Latvian (rounded down so the stated limit is never too generous). */
export function maxMegabytes(bytes = config().IMAGE_MAX_BYTES): string {
	return new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 1 }).format(Math.floor((bytes / 1024 / 1024) * 10) / 10);
}
