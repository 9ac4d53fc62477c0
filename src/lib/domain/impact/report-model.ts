/**
 * The impact report as data (issue 18): what the report page, its drill-down links, the XLSX and
 * the PDF all render. One builder fills it from the database (server/impact/); every exporter reads
 * only this shape, so a figure is computed once and shown the same everywhere. Texts are already in
 * the report's language; numbers are plain numbers and the renderers format them.
 *
 * `null` in a count means "suppressed": a group smaller than SUPPRESS_BELOW (domain/survey/results.ts) people in a breakdown
 * (so nobody can be singled out). Totals are never suppressed.
 */

export type ImpactScopeKind = 'project' | 'organisation' | 'programme';

/** A figure staff can open to the records behind it: `figure` names the list (see server/impact). */
export type Figure = { value: number; figure: string };

export type ImpactScope = {
	kind: ImpactScopeKind;
	id: string;
	slug: string;
	title: string;
	organisation: string;
	/** The period, Riga days inclusive (`YYYY-MM-DD`); null = from the first / to the last record. */
	from: string | null;
	to: string | null;
	lang: string;
	generatedAt: string;
	/** Projects only: the funder's number, the funder, its acknowledgement text and logos. */
	projectNumber: string | null;
	funder: string | null;
	acknowledgement: string | null;
	/** Logos as image files readable by the exporters (absolute path or storage key) with alt text. */
	logos: { src: string; alt: string }[];
};

export type EventKindRow = { kind: string; label: string; total: number; online: number; onSite: number };

export type ParticipationFigures = {
	registrations: Figure;
	attendances: Figure;
	noShows: Figure;
	walkIns: Figure;
	cancelled: Figure;
	uniqueParticipants: Figure;
	repeatParticipants: Figure;
	/** repeat / unique, 0..1 */
	repeatShare: number;
};

export type OriginRow = {
	municipalityId: number;
	name: string;
	/** Unique participants from there; null when suppressed. */
	people: number | null;
	inside: boolean;
	lat: number | null;
	lon: number | null;
};

export type Breakdown = {
	dimension: 'gender' | 'age_band' | 'employment_status';
	title: string;
	rows: { key: string; label: string; people: number | null }[];
	/** Participants for whom the fact was not collected. */
	notCollected: number;
};

export type SurveySummary = {
	id: string;
	title: string;
	respondents: number;
	/** Choice questions: percent over respondents (multi-select sums may exceed 100). */
	questions: { title: string; options: { label: string; count: number; percent: number }[] }[];
};

export type ImpactReport = {
	scope: ImpactScope;
	events: { total: Figure; online: number; onSite: number; byKind: EventKindRow[] };
	participation: ParticipationFigures;
	/** Inside / outside totals are null when they would give away a suppressed row (domain.ts suppressOrigins). */
	origins: { inside: number | null; outside: number | null; unknown: number; rows: OriginRow[] };
	breakdowns: Breakdown[];
	surveys: SurveySummary[];
	library: { views: number; items: { title: string; views: number }[] };
	mentoring: { mentees: Figure; businessesStarted: Figure; socialEnterprises: Figure; fteJobs: number; /** The check-in point counted, in the report's language. */ point: string } | null;
	contests: { held: Figure; entries: number; winners: number };
	/** LV–MD cooperation outcomes recorded in the period (issue 19); null for a programme (it owns no profiles). */
	cooperation: { meetings: number; agreements: number; firstOrders: number } | null;
	/** The project's own result figures as published on its page (typed by staff, shown as such). */
	results: { label: string; value: number; unit: string | null }[];
};
