/** How a library kind and a material's language read, for pages, the form and the workspace card. */
import type { LibraryKind } from '$lib/forms/library';
import { m } from '$lib/paraglide/messages';

type Locale = 'lv' | 'en' | 'ro' | 'ru';

export const LIBRARY_KIND_LABEL: Record<LibraryKind, (inputs?: object, options?: { locale?: Locale }) => string> = {
	video: m.library_kind_video,
	handbook: m.library_kind_handbook,
	webinar_recording: m.library_kind_webinar_recording,
	virtual_tour: m.library_kind_virtual_tour,
	presentation: m.library_kind_presentation,
	link: m.library_kind_link
};

export const libraryKindLabel = (kind: LibraryKind, locale?: Locale): string => LIBRARY_KIND_LABEL[kind]({}, locale ? { locale } : undefined);

/** A material's language in the reader's language ("latviešu", "Romanian"); an unknown code as it is. */
export function languageName(code: string, locale: string): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}
