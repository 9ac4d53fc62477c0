import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { publicationStatus, timestamps, type LocalizedText } from './common';
import { contactColumns, locationColumns } from './location';
import { producers } from './producers';
import { territories } from './territories';

export const organisationKind = pgEnum('organisation_kind', [
	'association',
	'lag', // LEADER local action group (rural partnership)
	'business_centre', // a municipality's business support centre
	'ngo',
	'public_body'
]);

export const organisations = pgTable(
	'organisations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		/** Official registered name when it differs ("biedrība ..."). */
		legalName: text('legal_name'),
		kind: organisationKind('kind').notNull(),
		description: jsonb('description').$type<LocalizedText>().notNull(),
		...locationColumns(),
		...contactColumns(),
		registrationNumber: text('registration_number'),
		/** OpenStreetMap opening_hours value ('' = not known). */
		officeHours: text('office_hours').notNull().default(''),
		status: publicationStatus('status').notNull().default('pending'),
		isDemo: boolean('is_demo').notNull().default(false),
		/** Days after an activity ends that its participants' personal data is kept (decision 006). */
		participantRetentionDays: integer('participant_retention_days').notNull().default(365),
		sortKey: text('sort_key').notNull(),
		searchText: text('search_text').notNull(),
		...timestamps
	},
	(t) => [index('organisations_status_idx').on(t.status, t.sortKey)]
);

/** The municipalities (or regions) an organisation serves; a LAG covers several. */
export const organisationTerritories = pgTable(
	'organisation_territories',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		territoryId: integer('territory_id')
			.notNull()
			.references(() => territories.id)
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.territoryId] }), index('organisation_territories_t_idx').on(t.territoryId)]
);

/** Producers an organisation supports (members of an association, LAG beneficiaries). */
export const organisationProducers = pgTable(
	'organisation_producers',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		producerId: uuid('producer_id')
			.notNull()
			.references(() => producers.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.producerId] }), index('organisation_producers_p_idx').on(t.producerId)]
);
