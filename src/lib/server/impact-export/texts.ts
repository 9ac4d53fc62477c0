/**
 * The exporters' own words (headers, figure names) in the report's language, and its number and date
 * formats. The report's data texts (titles, kind labels, breakdown groups) arrive already localized in
 * the model; only the frame around them comes from messages/.
 */
import { m } from '$lib/paraglide/messages';
import { formatShare, periodText } from '$lib/programme/impact-format';
import { formatFigure, formatPublished } from '$lib/programme/format';
import { BASE_LOCALE, isLocale, type Locale } from '$lib/i18n/locales';

export function reportLocale(lang: string): Locale {
	return isLocale(lang) ? lang : BASE_LOCALE;
}

export function exportTexts(locale: Locale) {
	const o = { locale };
	return {
		reportTitle: m.impact_export_report_title({}, o),
		scopeProject: m.impact_export_scope_project({}, o),
		scopeOrganisation: m.impact_export_scope_organisation({}, o),
		scopeProgramme: m.impact_export_scope_programme({}, o),
		projectNumber: m.impact_export_project_number({}, o),
		funder: m.impact_export_funder({}, o),
		period: m.impact_export_period({}, o),
		generated: (date: string) => m.impact_export_generated({ date }, o),
		page: (page: number, pages: number) => m.impact_export_page({ page: String(page), pages: String(pages) }, o),
		suppressed: m.impact_export_suppressed({}, o),
		suppressedNote: m.impact_export_suppressed_note({}, o),
		summary: m.impact_export_summary({}, o),
		figure: m.impact_export_figure({}, o),
		value: m.impact_export_value({}, o),
		events: m.impact_export_events({}, o),
		eventsByKind: m.impact_export_events_by_kind({}, o),
		eventsTotal: m.impact_export_events_total({}, o),
		kind: m.impact_export_kind({}, o),
		total: m.impact_export_total({}, o),
		online: m.impact_export_online({}, o),
		onSite: m.impact_export_on_site({}, o),
		participation: m.impact_export_participation({}, o),
		registrations: m.impact_export_registrations({}, o),
		attendances: m.impact_export_attendances({}, o),
		noShows: m.impact_export_no_shows({}, o),
		walkIns: m.impact_export_walk_ins({}, o),
		cancelled: m.impact_export_cancelled({}, o),
		unique: m.impact_export_unique({}, o),
		repeat: m.impact_export_repeat({}, o),
		repeatShare: m.impact_export_repeat_share({}, o),
		origins: m.impact_export_origins({}, o),
		originsTop: m.impact_export_origins_top({}, o),
		municipality: m.impact_export_municipality({}, o),
		people: m.impact_export_people({}, o),
		territory: m.impact_export_territory({}, o),
		inside: m.impact_export_inside({}, o),
		outside: m.impact_export_outside({}, o),
		unknown: m.impact_export_unknown({}, o),
		yes: m.impact_export_yes({}, o),
		no: m.impact_export_no({}, o),
		group: m.impact_export_group({}, o),
		notCollected: m.impact_export_not_collected({}, o),
		surveys: m.impact_export_surveys({}, o),
		survey: m.impact_export_survey({}, o),
		respondents: m.impact_export_respondents({}, o),
		respondentsCount: (count: string) => m.impact_export_respondents_count({ count }, o),
		question: m.impact_export_question({}, o),
		answer: m.impact_export_answer({}, o),
		count: m.impact_export_count({}, o),
		percent: m.impact_export_percent({}, o),
		library: m.impact_export_library({}, o),
		libraryViews: m.impact_export_library_views({}, o),
		item: m.impact_export_item({}, o),
		views: m.impact_export_views({}, o),
		mentoring: m.impact_export_mentoring({}, o),
		mentees: m.impact_export_mentees({}, o),
		businesses: m.impact_export_businesses({}, o),
		social: m.impact_export_social({}, o),
		fte: m.impact_export_fte({}, o),
		point: m.impact_export_point({}, o),
		contests: m.impact_export_contests({}, o),
		contestsHeld: m.impact_export_contests_held({}, o),
		entries: m.impact_export_entries({}, o),
		winners: m.impact_export_winners({}, o),
		cooperation: m.impact_export_cooperation({}, o),
		meetings: m.impact_export_meetings({}, o),
		agreements: m.impact_export_agreements({}, o),
		firstOrders: m.impact_export_first_orders({}, o),
		results: m.impact_export_results({}, o),
		resultsNote: m.impact_export_results_note({}, o),
		result: m.impact_export_result({}, o),
		unit: m.impact_export_unit({}, o),
		acknowledgement: m.impact_export_acknowledgement({}, o),
		none: m.impact_export_none({}, o)
	};
}

export type ExportTexts = ReturnType<typeof exportTexts>;

/** Number and date formats of the report's language: the page's own helpers, so both show a period and a share alike. */
export function formats(locale: Locale) {
	return {
		num: (n: number) => formatFigure(n, '', locale),
		pct: (share: number) => formatShare(share, locale),
		date: (iso: string) => formatPublished(iso, locale),
		period: (from: string | null, to: string | null) => periodText(from, to, locale)
	};
}

export type Formats = ReturnType<typeof formats>;
