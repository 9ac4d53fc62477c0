import { m } from '$lib/paraglide/messages';
import { errorText } from '$lib/forms/messages';
import type { PlanPeriod } from '$lib/domain/communities';

/** "25 € mēnesī", "bez maksas", "5 € vienreiz": a plan's price with what it covers. */
export function priceLine(price: string | null, period: PlanPeriod): string {
	if (price === null) return m.cowork_plan_free();
	const per = { day: m.cowork_period_day, week: m.cowork_period_week, month: m.cowork_period_month, year: m.cowork_period_year, once: m.cowork_period_once }[period];
	return m.cowork_plan_price({ price, period: per() });
}

export const periodLabel = (period: PlanPeriod): string =>
	({ day: m.cowork_period_name_day, week: m.cowork_period_name_week, month: m.cowork_period_name_month, year: m.cowork_period_name_year, once: m.cowork_period_name_once })[period]();

/** A language code in the reader's language ("latviešu", "krievu"), by the browser's Intl data. */
export function languageName(code: string, locale: string): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/** What the place page's visit action returns (the form comes back with it). */
export type VisitResult = {
	values?: Record<string, string>;
	errors?: Record<string, string>;
	formError?: 'rate_limited' | 'no_host' | 'spam' | 'not_found';
	sent?: boolean;
};

/** This feature's own error codes, then the shared ones (forms/messages.ts). */
export function codeText(code: string | undefined): string | undefined {
	if (code === 'duplicate_phone') return m.cowork_error_duplicate_phone();
	if (code === 'invalid_hours') return m.cowork_error_hours();
	if (code === 'producer_not_found') return m.cowork_error_producer();
	if (code === 'past_date') return m.cowork_error_past_date();
	return errorText(code);
}
