import { boolean, check, date, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { publicationStatus, timestamps, type LocalizedText } from './common';
import { images } from './images';
import { organisations } from './organisations';
import { territories } from './territories';

/**
 * A project an organisation runs (a LEADER cooperation project, a development-cooperation grant,
 * an Erasmus+ partnership): number, programme, funder, partners, territory, dates, goals, results.
 * Texts are per language (`{ lv, en?, ro?, ru? }`, Latvian the fallback). Its events, news and
 * materials point at it.
 */
export const projects = pgTable(
	'projects',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** The organisation whose workspace keeps the project (not necessarily its lead partner). */
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull().unique(),
		/** The funder's number, e.g. 19-00-A019.332-000009. */
		number: text('number'),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		summary: jsonb('summary').$type<LocalizedText>().notNull(),
		programme: jsonb('programme').$type<LocalizedText>(),
		subMeasure: jsonb('sub_measure').$type<LocalizedText>(),
		funder: jsonb('funder').$type<LocalizedText>(),
		/** The acknowledgement text the funder requires on every publication. */
		acknowledgement: jsonb('acknowledgement').$type<LocalizedText>(),
		/** One goal per line. */
		goals: jsonb('goals').$type<LocalizedText>(),
		startsOn: date('starts_on'),
		endsOn: date('ends_on'),
		website: text('website'),
		status: publicationStatus('status').notNull().default('draft'),
		isDemo: boolean('is_demo').notNull().default(false),
		/** latvianSortKey of the Latvian title. */
		sortKey: text('sort_key').notNull(),
		createdBy: text('created_by'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		...timestamps
	},
	(t) => [index('projects_organisation_idx').on(t.organisationId, t.status), index('projects_status_idx').on(t.status, t.startsOn)]
);

export const projectPartnerRole = pgEnum('project_partner_role', ['lead', 'partner']);

/** The lead partner and partners: an organisation of the directory, or a name (foreign partners, e.g. Moldovan LAGs). */
export const projectPartners = pgTable(
	'project_partners',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		projectId: uuid('project_id')
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		role: projectPartnerRole('role').notNull(),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
		name: text('name'),
		/** ISO 3166-1 alpha-2. */
		country: text('country').notNull().default('LV'),
		website: text('website')
	},
	(t) => [
		index('project_partners_project_idx').on(t.projectId, t.position),
		index('project_partners_organisation_idx').on(t.organisationId),
		check('project_partners_named', sql`${t.organisationId} IS NOT NULL OR ${t.name} IS NOT NULL`)
	]
);

/** Where the project works: Latvian municipalities or planning regions, Moldovan raioane and municipalities. */
export const projectTerritories = pgTable(
	'project_territories',
	{
		projectId: uuid('project_id')
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		territoryId: integer('territory_id')
			.notNull()
			.references(() => territories.id)
	},
	(t) => [primaryKey({ columns: [t.projectId, t.territoryId] }), index('project_territories_t_idx').on(t.territoryId)]
);

/** A result figure: 12 webinars, ~300 participants, 9 social enterprises. */
export const projectResults = pgTable(
	'project_results',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		projectId: uuid('project_id')
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		value: doublePrecision('value').notNull(),
		/** What is counted ("webinars held"). */
		label: jsonb('label').$type<LocalizedText>().notNull(),
		/** Unit after the figure ("%", "h", "EUR"), if any. */
		unit: jsonb('unit').$type<LocalizedText>()
	},
	(t) => [index('project_results_project_idx').on(t.projectId, t.position)]
);

/** The funders' logos shown with the acknowledgement (images through the image pipeline). */
export const projectLogos = pgTable(
	'project_logos',
	{
		projectId: uuid('project_id')
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		imageId: uuid('image_id')
			.notNull()
			.references(() => images.id, { onDelete: 'cascade' }),
		position: integer('position').notNull()
	},
	(t) => [primaryKey({ columns: [t.projectId, t.imageId] })]
);
