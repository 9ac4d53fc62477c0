import type { LocalizedText } from './types';

/** The text in the wanted language, else Latvian (the source language of all content). */
export function localized(text: LocalizedText | null | undefined, locale: string): string {
	if (!text) return '';
	return (text as Record<string, string | undefined>)[locale]?.trim() || text.lv;
}

/** Whether the shown text is a fallback (so the page can mark it with lang="lv"). */
export function localizedLang(text: LocalizedText | null | undefined, locale: string): string {
	if (!text) return locale;
	return (text as Record<string, string | undefined>)[locale]?.trim() ? locale : 'lv';
}
