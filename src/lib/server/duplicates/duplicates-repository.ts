import { sql } from 'drizzle-orm';
import type { Db } from '../db/types';
import type { LocalizedText } from '../db/schema';

/** Listing tables that carry name, contacts, municipality and status alike. */
export type ListingTable = 'producers' | 'sales_points' | 'organisations' | 'places';

export type DuplicateKeys = {
	name: string; // dedupeName(), '' = do not match on the name
	phone: string | null;
	email: string | null;
	website: string | null;
	municipalityId: number | null;
	excludeId: string | null;
};

export type DuplicateRow = {
	id: string;
	slug: string;
	name: string;
	status: string;
	municipalityId: number;
	municipalityName: LocalizedText | null;
	nameSimilarity: number;
	samePhone: boolean;
	sameEmail: boolean;
	sameWebsite: boolean;
};

/** Both drivers answer `execute` with `{ rows }` (node-postgres QueryResult, PGlite Results). */
const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

/** How many rows the database hands over before scoring in TypeScript. */
const CANDIDATE_LIMIT = 40;

/**
 * Rows that share a key with the candidate or whose name is trigram-similar (pg_trgm `%`, default
 * threshold 0.3). Each branch of the union has its own expression index (migration 0009), so this
 * stays an index lookup at 100k listings. Archived rows are left out: they are gone on purpose.
 */
export async function findDuplicateRows(db: Db, table: ListingTable, k: DuplicateKeys): Promise<DuplicateRow[]> {
	const t = sql.identifier(table);
	const branches = [];
	if (k.name.length >= 3) branches.push(sql`SELECT id FROM ${t} WHERE tuvuma_dedupe_name(name) % ${k.name}`);
	if (k.phone) branches.push(sql`SELECT id FROM ${t} WHERE tuvuma_dedupe_phone(phone) = ${k.phone}`);
	if (k.email) branches.push(sql`SELECT id FROM ${t} WHERE tuvuma_dedupe_email(email) = ${k.email}`);
	if (k.website) branches.push(sql`SELECT id FROM ${t} WHERE tuvuma_dedupe_website(website) = ${k.website}`);
	if (branches.length === 0) return [];

	const result = await db.execute(sql`
		WITH hits AS (${sql.join(branches, sql` UNION `)})
		SELECT l.id, l.slug, l.name, l.status, l.municipality_id AS "municipalityId", m.name AS "municipalityName",
			${k.name.length >= 3 ? sql`similarity(tuvuma_dedupe_name(l.name), ${k.name})` : sql`0`}::float8 AS "nameSimilarity",
			coalesce(tuvuma_dedupe_phone(l.phone) = ${k.phone}, false) AS "samePhone",
			coalesce(tuvuma_dedupe_email(l.email) = ${k.email}, false) AS "sameEmail",
			coalesce(tuvuma_dedupe_website(l.website) = ${k.website}, false) AS "sameWebsite"
		FROM hits JOIN ${t} l ON l.id = hits.id
		LEFT JOIN territories m ON m.id = l.municipality_id
		WHERE l.status <> 'archived' ${k.excludeId ? sql`AND l.id <> ${k.excludeId}::uuid` : sql``}
		ORDER BY "nameSimilarity" DESC, l.id
		LIMIT ${CANDIDATE_LIMIT}`);
	return rowsOf(result).map((r) => ({
		id: String(r.id),
		slug: String(r.slug),
		name: String(r.name),
		status: String(r.status),
		municipalityId: Number(r.municipalityId),
		municipalityName: (r.municipalityName as LocalizedText | null) ?? null,
		nameSimilarity: Number(r.nameSimilarity),
		samePhone: r.samePhone === true,
		sameEmail: r.sameEmail === true,
		sameWebsite: r.sameWebsite === true
	}));
}

/** The SQL twins of normalize.ts, for the test that keeps both in step. */
export async function sqlDedupeKeys(
	db: Db,
	values: { name: string; phone: string | null; email: string | null; website: string | null }[]
): Promise<{ name: string; phone: string | null; email: string | null; website: string | null }[]> {
	const result = await db.execute(sql`
		SELECT tuvuma_dedupe_name(v->>'name') AS name, tuvuma_dedupe_phone(v->>'phone') AS phone,
			tuvuma_dedupe_email(v->>'email') AS email, tuvuma_dedupe_website(v->>'website') AS website
		FROM jsonb_array_elements(${JSON.stringify(values)}::jsonb) WITH ORDINALITY AS a(v, n) ORDER BY n`);
	return rowsOf(result).map((r) => ({
		name: (r.name as string | null) ?? '',
		phone: r.phone as string | null,
		email: r.email as string | null,
		website: r.website as string | null
	}));
}
