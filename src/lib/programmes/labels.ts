/** The words for programme kinds, statuses, cohort phases and application statuses (browser and server alike). */
import { m } from '$lib/paraglide/messages';

const KIND = { mentoring: m.prog_kind_mentoring, incubator: m.prog_kind_incubator, idea_lab: m.prog_kind_idea_lab, accelerator: m.prog_kind_accelerator } as const;
const STATUS = { draft: m.prog_status_draft, published: m.prog_status_published, archived: m.prog_status_archived } as const;
const COHORT_STATUS = { draft: m.prog_status_draft, published: m.prog_status_published, cancelled: m.prog_status_cancelled } as const;
const PHASE = { upcoming: m.prog_phase_upcoming, applying: m.prog_phase_applying, closed: m.prog_phase_closed, running: m.prog_phase_running, finished: m.prog_phase_finished } as const;
const APPLICATION = {
	submitted: m.prog_app_submitted,
	accepted: m.prog_app_accepted,
	waitlisted: m.prog_app_waitlisted,
	declined: m.prog_app_declined,
	withdrawn: m.prog_app_withdrawn,
	unconfirmed: m.prog_app_unconfirmed
} as const;

export const kindLabel = (k: keyof typeof KIND) => KIND[k]();
export const statusLabel = (s: keyof typeof STATUS) => STATUS[s]();
export const cohortStatusLabel = (s: keyof typeof COHORT_STATUS) => COHORT_STATUS[s]();
export const phaseLabel = (p: keyof typeof PHASE) => PHASE[p]();
export const applicationStatusLabel = (s: keyof typeof APPLICATION) => APPLICATION[s]();

/** A Riga calendar day in the reader's words ("2027. gada 1. marts"). */
export const dayLabel = (d: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`));

