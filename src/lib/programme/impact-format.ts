/**
 * How the impact report writes its period and shares, the same on the page and in the exports
 * (the exports in the report's language, the page in the reader's).
 */
import { m } from '$lib/paraglide/messages';
import { formatDay } from './format';
import type { Locale } from '$lib/i18n/locales';

/** "1 March 2021 – 31 March 2021", an open end in words, or "All time" when both ends are open. */
export function periodText(from: string | null, to: string | null, locale: Locale): string {
	const o = { locale };
	if (!from && !to) return m.impact_export_period_all({}, o);
	return `${from ? formatDay(from, locale) : m.impact_period_open({}, o)} – ${to ? formatDay(to, locale) : m.impact_period_now({}, o)}`;
}

/** A share (0..1) as a percentage in the locale's way ("15 %" in Latvian, "15%" in English). */
export const formatShare = (share: number, locale: Locale): string => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
