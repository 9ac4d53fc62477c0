/** SQL for consultation_lines: an organisation's phone lines in its order. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { LocalizedText } from '../db/schema/common';
import { consultationLines, territories } from '../db/schema';
import type { Db } from '../db/types';

export type LineRow = {
	id: string;
	organisationId: string;
	placeId: string | null;
	title: LocalizedText;
	phone: string;
	email: string | null;
	openingHours: string;
	municipalityIds: number[];
	regionId: number | null;
	languages: string[];
	position: number;
	active: boolean;
	isDemo: boolean;
};
export type LineInput = Omit<LineRow, 'id' | 'organisationId' | 'isDemo'>;

const columns = {
	id: consultationLines.id,
	organisationId: consultationLines.organisationId,
	placeId: consultationLines.placeId,
	title: consultationLines.title,
	phone: consultationLines.phone,
	email: consultationLines.email,
	openingHours: consultationLines.openingHours,
	municipalityIds: consultationLines.municipalityIds,
	regionId: consultationLines.regionId,
	languages: consultationLines.languages,
	position: consultationLines.position,
	active: consultationLines.active,
	isDemo: consultationLines.isDemo
};

export async function listLines(db: Db, of: { organisationId: string } | { placeId: string }, opts: { activeOnly: boolean }): Promise<LineRow[]> {
	const owner = 'organisationId' in of ? eq(consultationLines.organisationId, of.organisationId) : eq(consultationLines.placeId, of.placeId);
	return db
		.select(columns)
		.from(consultationLines)
		.where(and(owner, opts.activeOnly ? eq(consultationLines.active, true) : undefined))
		.orderBy(asc(consultationLines.position), asc(consultationLines.phone));
}

export async function findLine(db: Db, organisationId: string, id: string): Promise<LineRow | null> {
	const [row] = await db.select(columns).from(consultationLines).where(and(eq(consultationLines.id, id), eq(consultationLines.organisationId, organisationId)));
	return row ?? null;
}

export async function insertLine(db: Db, organisationId: string, l: LineInput & { isDemo?: boolean }): Promise<string | null> {
	// one row per phone and organisation (unique index): a second "add" of the same number is refused
	const [row] = await db.insert(consultationLines).values({ organisationId, ...l }).onConflictDoNothing().returning({ id: consultationLines.id });
	return row?.id ?? null;
}

export async function updateLine(db: Db, organisationId: string, id: string, l: LineInput): Promise<boolean> {
	const rows = await db
		.update(consultationLines)
		.set({ ...l, updatedAt: new Date() })
		.where(and(eq(consultationLines.id, id), eq(consultationLines.organisationId, organisationId)))
		.returning({ id: consultationLines.id });
	return rows.length > 0;
}

export async function deleteLine(db: Db, organisationId: string, id: string): Promise<boolean> {
	return (await db.delete(consultationLines).where(and(eq(consultationLines.id, id), eq(consultationLines.organisationId, organisationId))).returning({ id: consultationLines.id })).length > 0;
}

export type TerritoryName = { id: number; slug: string; kind: string; name: LocalizedText };

/** The territories lines name (regions and municipalities), for their labels and links. */
export async function territoryNames(db: Db, ids: number[]): Promise<Map<number, TerritoryName>> {
	if (!ids.length) return new Map();
	const rows = await db.select({ id: territories.id, slug: territories.slug, kind: territories.kind, name: territories.name }).from(territories).where(inArray(territories.id, [...new Set(ids)]));
	return new Map(rows.map((r) => [r.id, r]));
}

/** The choices of the line form: Latvia's planning regions and municipalities. */
export async function regionChoices(db: Db): Promise<TerritoryName[]> {
	return db
		.select({ id: territories.id, slug: territories.slug, kind: territories.kind, name: territories.name })
		.from(territories)
		.where(and(eq(territories.countryCode, 'LV'), inArray(territories.kind, ['planning_region', 'municipality'])))
		.orderBy(asc(territories.kind), sql`${territories.sortKey} COLLATE "C"`);
}

/** Another line of the organisation already has this number (updates would hit the unique index). */
export async function phoneTaken(db: Db, organisationId: string, phone: string, exceptId: string): Promise<boolean> {
	const rows = await db.select({ id: consultationLines.id }).from(consultationLines).where(and(eq(consultationLines.organisationId, organisationId), eq(consultationLines.phone, phone)));
	return rows.some((r) => r.id !== exceptId);
}
