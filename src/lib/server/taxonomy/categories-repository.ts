import { asc } from 'drizzle-orm';
import { categories } from '../db/schema';
import type { Db } from '../db/types';
import type { LocalizedText } from '../../domain/types';

export type CategoryRow = {
	id: number;
	slug: string;
	parentId: number | null;
	name: LocalizedText;
	keywords: string;
	icon: string;
	sortOrder: number;
};

/** The whole taxonomy: a few dozen rows, read at once and arranged in memory. */
export async function listCategories(db: Db): Promise<CategoryRow[]> {
	return db
		.select({
			id: categories.id,
			slug: categories.slug,
			parentId: categories.parentId,
			name: categories.name,
			keywords: categories.keywords,
			icon: categories.icon,
			sortOrder: categories.sortOrder
		})
		.from(categories)
		.orderBy(asc(categories.sortOrder), asc(categories.id));
}
