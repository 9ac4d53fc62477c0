/** The public pages' programme and cohort in the reader's language (Latvian where untranslated, marked by `lang`). */
import { localized, localizedLang } from '$lib/domain/localized';
import type { LocalizedText } from '../db/schema/common';
import type { PublicCohort, PublicProgramme } from './public-queries';

const t = (text: LocalizedText, locale: string) => ({ text: localized(text, locale), lang: localizedLang(text, locale) });

export function cohortCard(c: PublicCohort, locale: string) {
	return {
		slug: c.slug,
		title: t(c.title, locale),
		startsOn: c.startsOn,
		endsOn: c.endsOn,
		opensAt: c.applicationsOpenAt,
		closesAt: c.applicationsCloseAt,
		phase: c.phase,
		capacity: c.capacity,
		placesLeft: c.placesLeft,
		eligibility: localized(c.eligibility, locale) ? t(c.eligibility, locale) : null,
		languages: c.languages,
		status: c.status
	};
}

export function programmeCard(p: PublicProgramme, locale: string) {
	return {
		slug: p.slug,
		kind: p.kind,
		title: t(p.title, locale),
		summary: localized(p.summary, locale) ? t(p.summary, locale) : null,
		organisation: p.organisation,
		open: p.open,
		cohorts: p.cohorts.filter((c) => c.phase !== 'finished').map((c) => cohortCard(c, locale))
	};
}
