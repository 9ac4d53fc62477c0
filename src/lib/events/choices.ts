/** The fixed choices of events (shared by forms, pages and the server). */
export const EVENT_KINDS = ['webinar', 'seminar', 'workshop', 'masterclass', 'virtual_tour', 'study_visit', 'fair', 'meeting'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const FUNDER_FIELDS = ['gender', 'age_band', 'municipality', 'employment_status'] as const;
export type FunderField = (typeof FUNDER_FIELDS)[number];
export const GENDERS = ['female', 'male', 'other'] as const;
export const AGE_BANDS = ['under_25', '25_34', '35_44', '45_54', '55_64', '65_plus'] as const;
export const EMPLOYMENT = ['employed', 'self_employed', 'unemployed', 'student', 'retired', 'other'] as const;
export const SPOKEN_LANGUAGES = ['lv', 'en', 'ro', 'ru'] as const;
