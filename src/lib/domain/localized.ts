import type { LocalizedText } from './types';

/**
 * Languages a text falls back to when the wanted one is missing: Latvian (the source language of
 * Latvian content), then Romanian and Russian — a Moldovan listing is written in those and may have
 * no Latvian at all (issue 19) — then English.
 */
const FALLBACK = ['lv', 'ro', 'ru', 'en'] as const;

function langOf(text: LocalizedText, locale: string): string | undefined {
	const t = text as Record<string, string | undefined>;
	if (t[locale]?.trim()) return locale;
	return FALLBACK.find((l) => t[l]?.trim());
}

/** The text in the wanted language, else Latvian, Romanian, Russian, English — the first that is there. */
export function localized(text: LocalizedText | null | undefined, locale: string): string {
	if (!text) return '';
	const t = text as Record<string, string | undefined>;
	const lang = langOf(text, locale);
	return lang ? t[lang]!.trim() : '';
}

/** The language of what localized() shows (so the page can mark a fallback with lang="lv" / "ro"). */
export function localizedLang(text: LocalizedText | null | undefined, locale: string): string {
	if (!text) return locale;
	return langOf(text, locale) ?? 'lv';
}
