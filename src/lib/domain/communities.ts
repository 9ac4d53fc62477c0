/**
 * Pure rules of coworking spaces, incubators and consultation lines (issue 17): how a plan's price
 * reads, and whether a consultation line answers now. No I/O: the clock and locale are passed in.
 */
import { openStatus, type OpenStatus } from './opening-hours';

export const PLAN_PERIODS = ['day', 'week', 'month', 'year', 'once'] as const;
export type PlanPeriod = (typeof PLAN_PERIODS)[number];

export const LINE_LANGUAGES = ['lv', 'en', 'ru', 'ro', 'uk', 'de'] as const;

/** Intl wants a region with Latvian so that grouping and the decimal comma are the Latvian ones. */
const INTL_LOCALE: Record<string, string> = { lv: 'lv-LV', en: 'en-GB', ro: 'ro-RO', ru: 'ru-RU' };

/**
 * "25 €", "12,50 €" in Latvian (the euro sign after, decimal comma, a space between thousands);
 * whole euros without ",00" because a price list reads better so. null: free (the caller words it).
 */
export function formatEuro(cents: number | null, locale: string): string | null {
	if (cents === null) return null;
	const whole = cents % 100 === 0;
	return new Intl.NumberFormat(INTL_LOCALE[locale] ?? 'lv-LV', {
		style: 'currency',
		currency: 'EUR',
		minimumFractionDigits: whole ? 0 : 2,
		maximumFractionDigits: 2
	}).format(cents / 100);
}

/**
 * A price typed by a person: "25", "12,50", "12.5", "1 200" → cents; "" → null (free);
 * anything else → undefined (the form says it is not a price).
 */
export function parseEuroCents(raw: string): number | null | undefined {
	const text = raw.replace(/[\s\u00a0€]/g, '').replace(',', '.');
	if (!text) return null;
	if (!/^\d{1,6}(\.\d{1,2})?$/.test(text)) return undefined;
	return Math.round(Number(text) * 100);
}

/** Whether a line answers at `at` (Riga time, across summer time), and when it opens next. */
export function lineStatus(openingHours: string, at: Date): { openNow: boolean | null; status: OpenStatus } {
	const status = openStatus(openingHours.trim() ? [openingHours] : [], at);
	return { openNow: status.state === 'unknown' ? null : status.state === 'open', status };
}

/** Phone as dialled (tel: link): digits and a leading plus only. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
