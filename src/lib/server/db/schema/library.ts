import { boolean, customType, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { publicationStatus, timestamps, type LocalizedText } from './common';
import { events } from './events';
import { organisations } from './organisations';
import { projects } from './projects';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** What a learning-library item is (issue 16): it decides the page's player, download or link. */
export const libraryItemKind = pgEnum('library_item_kind', ['video', 'handbook', 'webinar_recording', 'virtual_tour', 'presentation', 'link']);

/** The shared topics of the library (one taxonomy for every organisation, so filters mean the same everywhere). */
export const libraryTopics = pgTable('library_topics', {
	id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
	slug: text('slug').notNull().unique(),
	name: jsonb('name').$type<LocalizedText>().notNull(),
	position: integer('position').notNull().default(0)
});

/**
 * One item of the learning library: a video lecture, a handbook (an uploaded PDF), a recorded
 * webinar, a virtual tour, a presentation or a link. Kept by an organisation; may come from one of
 * its projects or events. Texts per language; `language` is the language of the material itself.
 */
export const libraryItems = pgTable(
	'library_items',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
		eventId: uuid('event_id').references(() => events.id, { onDelete: 'set null' }),
		slug: text('slug').notNull().unique(),
		kind: libraryItemKind('kind').notNull(),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		summary: jsonb('summary').$type<LocalizedText>().notNull(),
		/** The material's own language (lv, en, ro, ru, or another ISO 639-1 code). */
		language: text('language').notNull().default('lv'),
		author: text('author'),
		/** Video, recording, tour or link: where it is (a video's player is loaded only on request). */
		url: text('url'),
		durationMinutes: integer('duration_minutes'),
		pages: integer('pages'),
		/** For videos: the spoken text, and chapters `[{ at: seconds, title }]`. */
		transcript: text('transcript'),
		chapters: jsonb('chapters').$type<{ at: number; title: string }[]>(),
		status: publicationStatus('status').notNull().default('draft'),
		isDemo: boolean('is_demo').notNull().default(false),
		/** latvianSortKey of the Latvian title. */
		sortKey: text('sort_key').notNull(),
		createdBy: text('created_by'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		...timestamps
	},
	(t) => [
		index('library_items_organisation_idx').on(t.organisationId, t.status),
		index('library_items_project_idx').on(t.projectId, t.status),
		index('library_items_event_idx').on(t.eventId, t.status),
		index('library_items_published_idx').on(t.status, t.publishedAt)
	]
);

export const libraryItemTopics = pgTable(
	'library_item_topics',
	{
		itemId: uuid('item_id')
			.notNull()
			.references(() => libraryItems.id, { onDelete: 'cascade' }),
		topicId: integer('topic_id')
			.notNull()
			.references(() => libraryTopics.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.itemId, t.topicId] }), index('library_item_topics_topic_idx').on(t.topicId)]
);

/**
 * An item's file (a handbook's PDF) and its first page as a picture, kept in the database like
 * photos are, so every app process serves them and a backup holds them (images/README.md).
 */
export const libraryFiles = pgTable('library_files', {
	itemId: uuid('item_id')
		.primaryKey()
		.references(() => libraryItems.id, { onDelete: 'cascade' }),
	fileName: text('file_name').notNull(),
	mediaType: text('media_type').notNull(),
	bytes: bytea('bytes').notNull(),
	size: integer('size').notNull(),
	/** Content hash, also the ETag. */
	sha256: text('sha256').notNull(),
	/** The first page as WebP (a job renders it after upload; null until then or when it cannot). */
	thumbnail: bytea('thumbnail'),
	thumbnailWidth: integer('thumbnail_width'),
	thumbnailHeight: integer('thumbnail_height'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * Views and downloads per item and month — counts only: no address, no account, no time finer
 * than the month. Staff of the item's organisation and automated clients are not counted.
 */
export const libraryUsage = pgTable(
	'library_usage',
	{
		itemId: uuid('item_id')
			.notNull()
			.references(() => libraryItems.id, { onDelete: 'cascade' }),
		/** The first day of the month, Riga time. */
		month: date('month').notNull(),
		views: integer('views').notNull().default(0),
		downloads: integer('downloads').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.itemId, t.month] })]
);
