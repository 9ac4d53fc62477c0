/**
 * A few waiting changes for the demo, so a moderator who signs in first sees a queue (and a pair of
 * changes to one listing made against the same version, the case the stale check refuses).
 * Called by seedDemo inside its transaction; demo revisions are replaced on every run.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { producers, revisions } from '../db/schema';
import type { Db } from '../db/types';
import { producerSlug } from '../seed/build';

const DAY = 86_400_000;

type DemoRevision = { producer: string; field: 'description' | 'phone'; value: unknown; daysAgo: number; email: string };

const DEMO_REVISIONS: DemoRevision[] = [
	{
		producer: 'Z/S "Pļavnieki"',
		field: 'phone',
		value: '+371 29 000 101',
		daysAgo: 3,
		email: 'plavnieki.demo@example.lv'
	},
	{
		producer: 'Z/S "Pļavnieki"',
		field: 'phone',
		value: '+371 29 000 202',
		daysAgo: 2,
		email: 'plavnieki.demo@example.lv'
	},
	{
		producer: 'SIA "Gaujmalas sidrs"',
		field: 'description',
		value: { lv: 'Sidru darinām no Gaujas senlejas vecajos dārzos augušiem āboliem. Degustācijas sestdienās, iepriekš piesakoties.' },
		daysAgo: 1,
		email: 'gaujmalas.demo@example.lv'
	}
];

export async function seedModerationDemo(db: Db, now = new Date()): Promise<number> {
	const slugs = [...new Set(DEMO_REVISIONS.map((r) => producerSlug(r.producer)))];
	const rows = await db
		.select({ id: producers.id, slug: producers.slug, version: producers.version, municipalityId: producers.municipalityId })
		.from(producers)
		.where(inArray(producers.slug, slugs));
	const bySlug = new Map(rows.map((r) => [r.slug, r]));
	if (rows.length) await db.delete(revisions).where(and(inArray(revisions.entityId, rows.map((r) => r.id)), eq(revisions.entityType, 'producer')));
	let n = 0;
	for (const r of DEMO_REVISIONS) {
		const p = bySlug.get(producerSlug(r.producer));
		if (!p) throw new Error(`Moderation demo names unknown producer "${r.producer}"`); // the demo data changed: update this list
		const at = new Date(now.getTime() - r.daysAgo * DAY);
		await db.insert(revisions).values({
			entityType: 'producer',
			entityId: p.id,
			baseVersion: p.version,
			proposed: { [r.field]: r.value },
			changedFields: [r.field],
			isNew: false,
			source: 'owner',
			status: 'pending',
			authorEmail: r.email,
			authorLocale: 'lv',
			municipalityId: p.municipalityId,
			createdAt: at,
			queuedAt: at
		});
		n++;
	}
	return n;
}
