/** SQL for place_plans: a place's membership plans in the host's order. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { LocalizedText } from '../db/schema/common';
import { placePlans } from '../db/schema';
import type { Db } from '../db/types';
import type { PlanPeriod } from '$lib/domain/communities';

export type PlanRow = { id: string; placeId: string; name: LocalizedText; description: LocalizedText; priceCents: number | null; period: PlanPeriod; position: number };
export type PlanInput = Omit<PlanRow, 'id' | 'placeId'>;

export async function listPlans(db: Db, placeIds: string[]): Promise<PlanRow[]> {
	if (!placeIds.length) return [];
	return db
		.select({ id: placePlans.id, placeId: placePlans.placeId, name: placePlans.name, description: placePlans.description, priceCents: placePlans.priceCents, period: placePlans.period, position: placePlans.position })
		.from(placePlans)
		.where(inArray(placePlans.placeId, placeIds))
		.orderBy(asc(placePlans.position), asc(placePlans.id));
}

export async function insertPlan(db: Db, placeId: string, p: PlanInput): Promise<string> {
	const [row] = await db.insert(placePlans).values({ placeId, ...p }).returning({ id: placePlans.id });
	return row.id;
}

export async function updatePlan(db: Db, placeId: string, id: string, p: PlanInput): Promise<boolean> {
	const rows = await db
		.update(placePlans)
		.set({ ...p, updatedAt: new Date() })
		.where(and(eq(placePlans.id, id), eq(placePlans.placeId, placeId)))
		.returning({ id: placePlans.id });
	return rows.length > 0;
}

export async function deletePlan(db: Db, placeId: string, id: string): Promise<boolean> {
	return (await db.delete(placePlans).where(and(eq(placePlans.id, id), eq(placePlans.placeId, placeId))).returning({ id: placePlans.id })).length > 0;
}
