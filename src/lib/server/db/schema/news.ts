import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { publicationStatus, timestamps } from './common';
import { organisations } from './organisations';
import { projects } from './projects';

/**
 * A news post of an organisation, optionally about one of its projects. Written in one language
 * (`lang`); the body is kept as typed (simple markup) and as sanitized HTML rendered on save.
 */
export const newsPosts = pgTable(
	'news_posts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
		slug: text('slug').notNull().unique(),
		lang: text('lang').notNull().default('lv'),
		title: text('title').notNull(),
		/** A sentence or two for lists and feeds (taken from the body when left empty). */
		summary: text('summary').notNull(),
		bodySource: text('body_source').notNull(),
		bodyHtml: text('body_html').notNull(),
		status: publicationStatus('status').notNull().default('draft'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		authorUserId: text('author_user_id'),
		isDemo: boolean('is_demo').notNull().default(false),
		...timestamps
	},
	(t) => [
		index('news_posts_organisation_idx').on(t.organisationId, t.status, t.publishedAt),
		index('news_posts_project_idx').on(t.projectId, t.status, t.publishedAt),
		index('news_posts_published_idx').on(t.status, t.publishedAt)
	]
);
