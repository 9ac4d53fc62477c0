import { index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { people } from './people';
import { projects } from './projects';
import { territories } from './territories';

/** What a person can take part in; each programme feature owns one kind (decision 006). */
export const activityKind = pgEnum('activity_kind', ['event', 'cohort', 'survey', 'contest', 'cooperation']);

/**
 * Registration and attendance are two questions with two answers: someone registered may not come,
 * someone who cancelled may still walk in, a walk-in never registered (`none`). Counts use attendance.
 */
export const registrationStatus = pgEnum('registration_status', ['registered', 'waitlisted', 'offered', 'cancelled', 'none']);
export const attendanceStatus = pgEnum('attendance_status', ['unknown', 'attended', 'absent']);

/**
 * "Person P took part in activity A of kind K, run by organisation O (within project J)". The
 * activity's own table (events, cohorts, …) holds its details; organisation, project and dates
 * are copied here so reports over any kind are one query (the owner keeps them in step with
 * `updateActivityScope`). One row per person and activity: nobody is registered twice.
 */
export const participations = pgTable(
	'participations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id),
		activityKind: activityKind('activity_kind').notNull(),
		/** No foreign key: the row lives in the kind's own table. */
		activityId: uuid('activity_id').notNull(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
		/** When the activity takes place (a cohort: its start); reports filter periods on it. */
		activityStartsAt: timestamp('activity_starts_at', { withTimezone: true }),
		activityEndsAt: timestamp('activity_ends_at', { withTimezone: true }),
		registration: registrationStatus('registration').notNull().default('registered'),
		attendance: attendanceStatus('attendance').notNull().default('unknown'),
		registeredAt: timestamp('registered_at', { withTimezone: true }),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		/** Check-in time, or when staff marked attended / absent. */
		attendanceMarkedAt: timestamp('attendance_marked_at', { withTimezone: true }),
		/** Optional facts a funder asks for (each one optional, never public; decision 006). */
		municipalityId: integer('municipality_id').references(() => territories.id),
		gender: text('gender'),
		ageBand: text('age_band'),
		employmentStatus: text('employment_status'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('participations_activity_person_uq').on(t.activityKind, t.activityId, t.personId),
		index('participations_person_idx').on(t.personId),
		index('participations_organisation_idx').on(t.organisationId, t.activityStartsAt),
		index('participations_project_idx').on(t.projectId),
		index('participations_activity_idx').on(t.activityKind, t.activityId)
	]
);
