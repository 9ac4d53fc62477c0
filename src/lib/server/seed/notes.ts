import type { LocalizedText } from './types';

/** Recurring notes on producer ↔ sales point links and on opening hours. */
export const NOTE = {
	sat: { lv: 'sestdienās', en: 'on Saturdays' },
	otherSat: { lv: 'katru otro sestdienu', en: 'every other Saturday' },
	season: { lv: 'no maija līdz oktobrim', en: 'May to October' },
	order: { lv: 'pēc iepriekšēja pasūtījuma', en: 'pre-order only' },
	christmas: { lv: 'tikai Ziemassvētku tirdziņos', en: 'Christmas fairs only' },
	summer: { lv: 'vasarā', en: 'in summer' }
} satisfies Record<string, LocalizedText>;
