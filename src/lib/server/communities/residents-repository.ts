/** SQL for place_residents: the host sees everyone; the public only residents with consent. */
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { LocalizedText } from '../db/schema/common';
import { placeResidents, producers } from '../db/schema';
import type { Db } from '../db/types';

export type ResidentRow = {
	id: string;
	placeId: string;
	personId: string | null;
	producerId: string | null;
	displayName: string;
	activity: LocalizedText;
	consentAt: Date | null;
	sinceOn: string | null;
	isDemo: boolean;
	producerSlug: string | null;
	producerName: string | null;
	producerPublished: boolean;
};

const columns = {
	id: placeResidents.id,
	placeId: placeResidents.placeId,
	personId: placeResidents.personId,
	producerId: placeResidents.producerId,
	displayName: placeResidents.displayName,
	activity: placeResidents.activity,
	consentAt: placeResidents.consentAt,
	sinceOn: placeResidents.sinceOn,
	isDemo: placeResidents.isDemo,
	producerSlug: producers.slug,
	producerName: producers.name,
	producerStatus: producers.status
};

const toRow = ({ producerStatus, ...r }: { producerStatus: string | null } & Omit<ResidentRow, 'producerPublished'>): ResidentRow => ({ ...r, producerPublished: producerStatus === 'published' });

export async function listResidents(db: Db, placeIds: string[], opts: { consentedOnly: boolean }): Promise<ResidentRow[]> {
	if (!placeIds.length) return [];
	const rows = await db
		.select(columns)
		.from(placeResidents)
		.leftJoin(producers, eq(producers.id, placeResidents.producerId))
		.where(and(inArray(placeResidents.placeId, placeIds), opts.consentedOnly ? isNotNull(placeResidents.consentAt) : undefined))
		.orderBy(asc(placeResidents.displayName), asc(placeResidents.id));
	return rows.map(toRow);
}

export type ResidentInput = { personId: string | null; producerId: string | null; displayName: string; activity: LocalizedText; consentAt: Date | null; sinceOn: string | null };

export async function insertResident(db: Db, placeId: string, r: ResidentInput & { isDemo?: boolean }): Promise<string> {
	const [row] = await db.insert(placeResidents).values({ placeId, ...r }).returning({ id: placeResidents.id });
	return row.id;
}

export async function updateResident(db: Db, placeId: string, id: string, r: Partial<ResidentInput>): Promise<boolean> {
	const rows = await db
		.update(placeResidents)
		.set({ ...r, updatedAt: new Date() })
		.where(and(eq(placeResidents.id, id), eq(placeResidents.placeId, placeId)))
		.returning({ id: placeResidents.id });
	return rows.length > 0;
}

export async function deleteResident(db: Db, placeId: string, id: string): Promise<boolean> {
	const rows = await db.delete(placeResidents).where(and(eq(placeResidents.id, id), eq(placeResidents.placeId, placeId))).returning({ id: placeResidents.id });
	return rows.length > 0;
}

/** Residents that are one of these people (the account's own data). */
export async function residentsOfPeople(db: Db, personIds: string[]) {
	if (!personIds.length) return [];
	return db
		.select({ placeId: placeResidents.placeId, displayName: placeResidents.displayName, activity: placeResidents.activity, consentAt: placeResidents.consentAt, sinceOn: placeResidents.sinceOn, createdAt: placeResidents.createdAt })
		.from(placeResidents)
		.where(inArray(placeResidents.personId, personIds));
}

export async function deleteResidentsOfPeople(db: Db, personIds: string[]): Promise<number> {
	if (!personIds.length) return 0;
	return (await db.delete(placeResidents).where(inArray(placeResidents.personId, personIds)).returning({ id: placeResidents.id })).length;
}

export async function findPublishedProducer(db: Db, slug: string): Promise<{ id: string; name: string } | null> {
	const [row] = await db.select({ id: producers.id, name: producers.name }).from(producers).where(and(eq(producers.slug, slug), eq(producers.status, 'published')));
	return row ?? null;
}
