/** Loads the library's demo items (demo-items.ts) through its repository, replacing an earlier run's. */
import { inArray } from 'drizzle-orm';
import { latvianSortKey } from '../../text/collation';
import { libraryItems, libraryTopics, organisations, projects } from '../db/schema';
import type { Db } from '../db/types';
import { seedUuid } from '../seed/prng';
import { insertLibraryItem, replaceItemTopics } from './items-repository';
import { LIBRARY_DEMO_ITEMS } from './demo-items';

/** The seed's reference day: items are dated back from it, so every run gives the same rows. */
const REFERENCE = new Date('2026-01-01T09:00:00Z');
const DAY = 86_400_000;

export async function seedLibraryDemo(db: Db): Promise<number> {
	await db.delete(libraryItems).where(inArray(libraryItems.slug, LIBRARY_DEMO_ITEMS.map((i) => i.slug)));
	const [orgs, projectRows, topics] = await Promise.all([
		db.select({ id: organisations.id, slug: organisations.slug }).from(organisations),
		db.select({ id: projects.id, slug: projects.slug }).from(projects),
		db.select({ id: libraryTopics.id, slug: libraryTopics.slug }).from(libraryTopics)
	]);
	const idOf = (rows: { id: string | number; slug: string }[], slug: string, what: string) => {
		const found = rows.find((r) => r.slug === slug);
		if (!found) throw new Error(`Library seed: ${what} ${slug} is not seeded`);
		return found.id;
	};
	for (const item of LIBRARY_DEMO_ITEMS) {
		const id = await insertLibraryItem(db, {
			organisationId: idOf(orgs, item.organisation, 'organisation') as string,
			projectId: idOf(projectRows, item.project, 'project') as string,
			// the demo events have fixed ids (events/demo.ts), seeded before the library
			eventId: item.event ? seedUuid(`event:${item.event}`) : null,
			slug: item.slug,
			kind: item.kind,
			title: item.title,
			summary: item.summary,
			language: item.language,
			author: item.author ?? null,
			url: item.url,
			durationMinutes: null,
			pages: null,
			transcript: null,
			chapters: null,
			status: 'published',
			sortKey: latvianSortKey(item.title.lv),
			createdBy: null,
			isDemo: item.isDemo,
			now: new Date(REFERENCE.getTime() - item.publishedDaysAgo * DAY)
		});
		await replaceItemTopics(db, id, item.topics.map((slug) => idOf(topics, slug, 'topic') as number));
	}
	return LIBRARY_DEMO_ITEMS.length;
}
