import { m } from '$lib/paraglide/messages';
import { kappaBand } from '$lib/contracts/insight/kappa-band';

/** Respondent types and kappa bands in the reader's language. */
const RESPONDENT: Record<string, () => string> = {
	resident: m.insight_respondent_resident,
	entrepreneur: m.insight_respondent_entrepreneur,
	ngo: m.insight_respondent_ngo,
	municipality: m.insight_respondent_municipality,
	state_body: m.insight_respondent_state_body
};
export const respondentTypeLabel = (type: string): string => RESPONDENT[type]?.() ?? type;

const BANDS: Record<string, () => string> = {
	poor: m.insight_kappa_poor,
	slight: m.insight_kappa_slight,
	fair: m.insight_kappa_fair,
	moderate: m.insight_kappa_moderate,
	substantial: m.insight_kappa_substantial,
	almost_perfect: m.insight_kappa_almost_perfect
};

/** A kappa with Landis & Koch's words for it. */
export function kappaText(kappa: number | null, locale: string): string {
	if (kappa === null) return m.insight_kappa_none();
	return `κ = ${new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(kappa)} (${BANDS[kappaBand(kappa)]()})`;
}
