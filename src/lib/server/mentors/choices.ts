/**
 * What the mentor and matching pages offer and show: sectors (the directory's categories and the
 * social-enterprise fields), municipalities with their centres, and the words the matcher looks for
 * in a mentee's needs. A few dozen rows each, read whole.
 */
import { localized } from '$lib/domain/localized';
import { SOCIAL_FIELDS, SOCIAL_FIELD_WORDS, socialSectorKey, type SocialField } from '$lib/domain/programme/social-fields';
import type { SectorWords } from '$lib/domain/programme/matcher';
import { isLocale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import { sortLatvian } from '$lib/text/collation';
import type { Db } from '../db/types';
import { listTerritoriesByKind } from '../geography/territories-repository';
import { listCategories } from '../taxonomy/categories-repository';

/** Message options for a locale string that came from a URL or a row. */
export const lo = (locale: string) => ({ locale: isLocale(locale) ? locale : ('lv' as const) });

export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: Option[] };

const SOCIAL_LABEL: Record<SocialField, (locale: string) => string> = {
	'social-services': (locale) => m.match_social_social_services({}, lo(locale)),
	education: (locale) => m.match_social_education({}, lo(locale)),
	employment: (locale) => m.match_social_employment({}, lo(locale)),
	environment: (locale) => m.match_social_environment({}, lo(locale)),
	culture: (locale) => m.match_social_culture({}, lo(locale)),
	health: (locale) => m.match_social_health({}, lo(locale))
};

/** Sector checkboxes: the social-enterprise fields first, then each top category with its children. */
export async function sectorGroups(db: Db, locale: string): Promise<OptionGroup[]> {
	const cats = await listCategories(db);
	const groups: OptionGroup[] = [{ label: m.match_sectors_social({}, lo(locale)), options: SOCIAL_FIELDS.map((f) => ({ value: socialSectorKey(f), label: SOCIAL_LABEL[f](locale) })) }];
	for (const top of cats.filter((c) => c.parentId === null)) {
		const children = cats.filter((c) => c.parentId === top.id);
		groups.push({ label: localized(top.name, locale), options: [top, ...children].map((c) => ({ value: c.slug, label: localized(c.name, locale) })) });
	}
	return groups;
}

/** Sector key → its name in the reader's language. */
export async function sectorLabels(db: Db, locale: string): Promise<Map<string, string>> {
	return new Map((await sectorGroups(db, locale)).flatMap((g) => g.options.map((o) => [o.value, o.label] as const)));
}

/** Sector key → folded words (a category's keywords; a social field's stems) for the needs part. */
export async function sectorWords(db: Db): Promise<SectorWords> {
	const words: Record<string, string[]> = {};
	for (const c of await listCategories(db)) words[c.slug] = c.keywords.split(/\s+/).filter((w) => w.length >= 4);
	for (const f of SOCIAL_FIELDS) words[socialSectorKey(f)] = SOCIAL_FIELD_WORDS[f];
	return words;
}

export type Municipality = { id: number; name: string; centre: { lat: number; lng: number } | null };

/** Latvia's current municipalities, by name, with the centres distances are measured between. */
export async function municipalities(db: Db, locale: string): Promise<Municipality[]> {
	const rows = await listTerritoriesByKind(db, 'municipality');
	const list = rows.map((t) => ({ id: t.id, name: localized(t.name, locale), centre: t.lat !== null && t.lng !== null ? { lat: t.lat, lng: t.lng } : null }));
	return sortLatvian(list, (t) => t.name);
}
