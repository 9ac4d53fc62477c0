/**
 * An alert in words, in the subscriber's language: "“kazas siers” · Medus · Siguldas novads ·
 * within 10 km of Sigulda". Built from the saved search and the reference data each time, so a
 * renamed category reads right.
 */
import { m } from '$lib/paraglide/messages';
import { kindLabel } from '$lib/contracts/producers/format';
import { localized } from '$lib/domain/localized';
import { isLocale, type Locale } from '$lib/i18n/locales';
import type { SearchParams } from '$lib/contracts/search/types';
import type { Db } from '../db/types';
import { searchReference, type SearchReference } from '../search';

export function describeAlert(ref: SearchReference, p: SearchParams, lang: string): string {
	const locale: Locale = isLocale(lang) ? lang : 'lv';
	const territories = [...ref.territories.values()];
	const named = (kind: string, slug: string) => {
		const t = territories.find((x) => x.kind === kind && x.slug === slug);
		return t ? localized(t.name, locale) : slug;
	};
	const parts: string[] = [];
	if (p.q) parts.push(`“${p.q}”`);
	for (const slug of p.categories) {
		const c = ref.categories.find((x) => x.slug === slug);
		parts.push(c ? localized(c.name, locale) : slug);
	}
	for (const k of p.kinds) parts.push(kindLabel(k, locale));
	for (const slug of p.labels) {
		const l = ref.labels.find((x) => x.slug === slug);
		parts.push(l ? localized(l.name, locale) : slug);
	}
	for (const slug of p.municipalities) parts.push(named('municipality', slug));
	for (const slug of p.regions) parts.push(named('planning_region', slug));
	if (p.radiusKm !== null && (p.near || p.nearPlace)) {
		const place = p.nearPlace ? territories.find((x) => x.slug === p.nearPlace && ['municipality', 'town', 'village', 'parish'].includes(x.kind)) : undefined;
		parts.push(place ? m.alerts_label_near({ km: p.radiusKm, place: localized(place.name, locale) }, { locale }) : m.alerts_label_near_point({ km: p.radiusKm }, { locale }));
	}
	return parts.join(' · ');
}

export async function describeAlertIn(db: Db, p: SearchParams, locale: string): Promise<string> {
	return describeAlert(await searchReference(db), p, locale);
}
