/**
 * The learning library's search documents (issue 16): one per published item. An item has no
 * place of its own; it is found in the area its organisation serves (the organisation's
 * municipality and coverage, as the organisation's own document has them), with no point — a
 * lecture is not "3 km from you". Its topics' names count as its text, so "tūrisms" finds a tour.
 *
 * Relative imports only: the seed CLI (scripts/seed.ts) ends by calling reindexAll.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { libraryItems, libraryItemTopics, libraryTopics } from '../db/schema';
import type { Db } from '../db/types';
import type { LocalizedText } from '../../domain/types';
import { mergeText, type Context, type SearchDocInput } from './index-context';
import { organisationDocs } from './index-docs';

export async function libraryDocs(db: Db, ctx: Context, ids?: readonly string[]): Promise<SearchDocInput[]> {
	if (ids && ids.length === 0) return [];
	const rows = await db
		.select({
			id: libraryItems.id,
			slug: libraryItems.slug,
			kind: libraryItems.kind,
			title: libraryItems.title,
			summary: libraryItems.summary,
			author: libraryItems.author,
			sortKey: libraryItems.sortKey,
			isDemo: libraryItems.isDemo,
			organisationId: libraryItems.organisationId
		})
		.from(libraryItems)
		.where(and(eq(libraryItems.status, 'published'), ids ? inArray(libraryItems.id, [...ids]) : undefined));
	if (rows.length === 0) return [];
	const [organisations, topics] = await Promise.all([
		organisationDocs(db, ctx, [...new Set(rows.map((r) => r.organisationId))]),
		db
			.select({ itemId: libraryItemTopics.itemId, name: libraryTopics.name })
			.from(libraryItemTopics)
			.innerJoin(libraryTopics, eq(libraryTopics.id, libraryItemTopics.topicId))
			.where(inArray(libraryItemTopics.itemId, rows.map((r) => r.id)))
	]);
	const byOrganisation = new Map(organisations.map((o) => [o.entityId, o]));
	return rows.flatMap((r): SearchDocInput[] => {
		// an unpublished organisation's materials are not public either
		const org = byOrganisation.get(r.organisationId);
		if (!org) return [];
		const topicText = topics.filter((t) => t.itemId === r.id).reduce<LocalizedText | null>((text, t) => mergeText(text, t.name), null);
		return [
			{
				entityType: 'library_item',
				entityId: r.id,
				resultType: 'library_item',
				resultId: r.id,
				producerId: null,
				slug: r.slug,
				externalId: null,
				kind: r.kind,
				nameI18n: r.title,
				sortKey: r.sortKey,
				altNames: [r.author, org.nameI18n.lv].filter((n): n is string => !!n),
				body: mergeText(r.summary, topicText),
				municipalityId: org.municipalityId,
				municipalityIds: org.municipalityIds,
				regionIds: org.regionIds,
				localityId: null,
				point: null,
				locationPrecision: 'municipality',
				publicAddress: null,
				categoryIds: [],
				labelIds: [],
				hours: [],
				isDemo: r.isDemo
			}
		];
	});
}
