/** The places an organisation runs (places.operator_id), and the few columns this feature edits. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { organisations, places, programmes } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';

export type HostedPlace = { id: string; slug: string; name: string; kind: string; status: string; amenities: string[]; openingHours: string };

const hostedColumns = { id: places.id, slug: places.slug, name: places.name, kind: places.kind, status: places.status, amenities: places.amenities, openingHours: places.openingHours };

export async function placesOfOperator(db: Db, organisationId: string): Promise<HostedPlace[]> {
	return db.select(hostedColumns).from(places).where(eq(places.operatorId, organisationId)).orderBy(sql`${places.sortKey} COLLATE "C"`);
}

/** One place, only when this organisation runs it (a foreign id reads as missing). */
export async function placeOfOperator(db: Db, organisationId: string, placeId: string): Promise<HostedPlace | null> {
	const [row] = await db.select(hostedColumns).from(places).where(and(eq(places.id, placeId), eq(places.operatorId, organisationId)));
	return row ?? null;
}

export async function updatePlaceCommunity(db: Db, placeId: string, set: { amenities?: string[]; openingHours?: string }): Promise<void> {
	await db
		.update(places)
		.set({ ...set, updatedAt: new Date(), version: sql`${places.version} + 1` })
		.where(eq(places.id, placeId));
}

/** A published place and who runs it: the visit form's target. */
export async function publishedPlaceHost(db: Db, slug: string): Promise<{ id: string; name: string; slug: string; operatorId: string | null; operatorName: string | null } | null> {
	const [row] = await db
		.select({ id: places.id, name: places.name, slug: places.slug, operatorId: places.operatorId, operatorName: organisations.name })
		.from(places)
		.leftJoin(organisations, eq(organisations.id, places.operatorId))
		.where(and(eq(places.slug, slug), eq(places.status, 'published')));
	return row ?? null;
}

export async function placeNames(db: Db, ids: string[]): Promise<Map<string, { slug: string; name: string; published: boolean }>> {
	if (!ids.length) return new Map();
	const rows = await db.select({ id: places.id, slug: places.slug, name: places.name, status: places.status }).from(places).where(inArray(places.id, [...new Set(ids)]));
	return new Map(rows.map((r) => [r.id, { slug: r.slug, name: r.name, published: r.status === 'published' }]));
}

/** Published programmes held at the place (programme pages live at /programmas/{slug}). */
export async function programmesAt(db: Db, placeId: string): Promise<{ slug: string; title: LocalizedText }[]> {
	return db
		.select({ slug: programmes.slug, title: programmes.title })
		.from(programmes)
		.where(and(eq(programmes.placeId, placeId), eq(programmes.status, 'published')))
		.orderBy(sql`${programmes.sortKey} COLLATE "C"`);
}
