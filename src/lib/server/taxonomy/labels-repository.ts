import { asc } from 'drizzle-orm';
import { labels } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';

export type LabelRow = { id: number; slug: string; name: LocalizedText; sortOrder: number };

export async function listLabels(db: Db): Promise<LabelRow[]> {
	return db
		.select({ id: labels.id, slug: labels.slug, name: labels.name, sortOrder: labels.sortOrder })
		.from(labels)
		.orderBy(asc(labels.sortOrder), asc(labels.id));
}
