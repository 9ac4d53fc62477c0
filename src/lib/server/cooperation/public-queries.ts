/**
 * The public side of cooperation profiles: the list (published, unexpired; filtered, searched,
 * paged) and one profile. The contact columns are NEVER selected here — the pages, the API and
 * anything built on these queries cannot leak them (public.db.test.ts checks every output).
 */
import { and, desc, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { CooperationDirection, CooperationKind } from '$lib/domain/cooperation/kinds';
import { categories, cooperationProfileCategories, cooperationProfileRegions, cooperationProfiles, organisations, producers, territories } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import { toNumber, type Db } from '../db/types';
import { foldQuery } from './search-text';

const p = cooperationProfiles;

export type PublicFilters = {
	direction?: CooperationDirection;
	kind?: CooperationKind;
	sector?: number;
	country?: string;
	region?: number;
	language?: string;
	q?: string;
};

export type PublicOwner = { type: 'producer' | 'organisation'; name: string; slug: string };
export type PublicProfileSummary = {
	slug: string;
	direction: CooperationDirection;
	kind: CooperationKind;
	title: LocalizedText;
	owner: PublicOwner;
	countries: string[];
	languages: string[];
	publishedAt: Date | null;
	expiresAt: Date | null;
};
export type PublicProfile = PublicProfileSummary & {
	description: LocalizedText;
	sectors: { id: number; slug: string; name: LocalizedText }[];
	regions: { id: number; slug: string; name: LocalizedText; country: string }[];
	home: { name: LocalizedText; country: string } | null;
};

/** Published and not past its end (the expiry job may not have run yet). */
export const isPublic = (now: Date) => and(eq(p.status, 'published'), or(isNull(p.expiresAt), gt(p.expiresAt, now)));

function filterConditions(f: PublicFilters): SQL[] {
	const c: SQL[] = [];
	if (f.direction) c.push(eq(p.direction, f.direction));
	if (f.kind) c.push(eq(p.kind, f.kind));
	if (f.sector !== undefined) {
		// the category or any of its subcategories
		c.push(sql`exists (select 1 from ${cooperationProfileCategories} pc join ${categories} c on c.id = pc.category_id where pc.profile_id = ${p.id} and (c.id = ${f.sector} or c.parent_id = ${f.sector}))`);
	}
	if (f.country) {
		// where the owner is, or a country the profile asks for
		c.push(sql`(${f.country} = any(${p.countries}) or exists (select 1 from ${territories} t where t.id = coalesce(${producers.municipalityId}, ${organisations.municipalityId}) and t.country_code = ${f.country}))`);
	}
	if (f.region !== undefined) {
		c.push(sql`(exists (select 1 from ${cooperationProfileRegions} pr where pr.profile_id = ${p.id} and pr.territory_id = ${f.region}) or coalesce(${producers.municipalityId}, ${organisations.municipalityId}) = ${f.region})`);
	}
	if (f.language) c.push(sql`${f.language} = any(${p.languages})`);
	for (const word of foldQuery(f.q ?? '').split(' ').filter((w) => w.length > 0).slice(0, 8)) {
		const like = `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
		c.push(sql`(${p.searchText} like ${like} or lower(coalesce(${producers.name}, ${organisations.name})) like ${like})`);
	}
	return c;
}

const summaryColumns = {
	id: p.id,
	slug: p.slug,
	direction: p.direction,
	kind: p.kind,
	title: p.title,
	countries: p.countries,
	languages: p.languages,
	publishedAt: p.publishedAt,
	expiresAt: p.expiresAt,
	producerName: producers.name,
	producerSlug: producers.slug,
	organisationName: organisations.name,
	organisationSlug: organisations.slug
};
type SummaryRow = { [K in keyof typeof summaryColumns]: unknown } & { id: string };

function summaryOf(r: SummaryRow & Record<string, unknown>): PublicProfileSummary & { id: string } {
	const owner: PublicOwner = r.producerSlug
		? { type: 'producer', name: String(r.producerName), slug: String(r.producerSlug) }
		: { type: 'organisation', name: String(r.organisationName ?? ''), slug: String(r.organisationSlug ?? '') };
	return {
		id: r.id,
		slug: String(r.slug),
		direction: r.direction as CooperationDirection,
		kind: r.kind as CooperationKind,
		title: r.title as LocalizedText,
		owner,
		countries: r.countries as string[],
		languages: r.languages as string[],
		publishedAt: (r.publishedAt as Date | null) ?? null,
		expiresAt: (r.expiresAt as Date | null) ?? null
	};
}

export async function listPublicProfiles(db: Db, f: PublicFilters, page: { limit: number; offset: number }, now = new Date()): Promise<{ total: number; items: (PublicProfileSummary & { id: string })[] }> {
	const where = and(isPublic(now), ...filterConditions(f));
	const base = () =>
		db
			.select(summaryColumns)
			.from(p)
			.leftJoin(producers, eq(producers.id, p.producerId))
			.leftJoin(organisations, eq(organisations.id, p.organisationId));
	const [rows, [{ n }]] = await Promise.all([
		base().where(where).orderBy(desc(p.publishedAt), p.slug).limit(page.limit).offset(page.offset),
		db
			.select({ n: sql<number>`count(*)` })
			.from(p)
			.leftJoin(producers, eq(producers.id, p.producerId))
			.leftJoin(organisations, eq(organisations.id, p.organisationId))
			.where(where)
	]);
	return { total: toNumber(n), items: rows.map((r) => summaryOf(r as SummaryRow)) };
}

export async function findPublicProfile(db: Db, slug: string, now = new Date()): Promise<(PublicProfile & { id: string }) | null> {
	const [row] = await db
		.select({ ...summaryColumns, description: p.description, home: sql<number | null>`coalesce(${producers.municipalityId}, ${organisations.municipalityId})` })
		.from(p)
		.leftJoin(producers, eq(producers.id, p.producerId))
		.leftJoin(organisations, eq(organisations.id, p.organisationId))
		.where(and(eq(p.slug, slug), isPublic(now)));
	if (!row) return null;
	const [sectors, regions] = await Promise.all([
		db.select({ id: categories.id, slug: categories.slug, name: categories.name }).from(cooperationProfileCategories).innerJoin(categories, eq(categories.id, cooperationProfileCategories.categoryId)).where(eq(cooperationProfileCategories.profileId, row.id)).orderBy(categories.sortOrder),
		db.select({ id: territories.id, slug: territories.slug, name: territories.name, country: territories.countryCode }).from(cooperationProfileRegions).innerJoin(territories, eq(territories.id, cooperationProfileRegions.territoryId)).where(eq(cooperationProfileRegions.profileId, row.id)).orderBy(territories.sortKey)
	]);
	const homeId = row.home === null ? null : toNumber(row.home);
	const [home] = homeId === null ? [] : await db.select({ name: territories.name, country: territories.countryCode }).from(territories).where(eq(territories.id, homeId));
	return { ...summaryOf(row as SummaryRow), description: row.description, sectors, regions, home: home ?? null };
}

/** Summaries of some profiles that are public (the owner's suggested counterparts). */
export async function publicSummariesByIds(db: Db, ids: string[], now = new Date()) {
	if (!ids.length) return [];
	const rows = await db
		.select(summaryColumns)
		.from(p)
		.leftJoin(producers, eq(producers.id, p.producerId))
		.leftJoin(organisations, eq(organisations.id, p.organisationId))
		.where(and(isPublic(now), inArray(p.id, ids)));
	return rows.map((r) => summaryOf(r as SummaryRow));
}

/** What leaves the server: the row id stays inside (pages and the API name profiles by slug). */
export function withoutId<T extends { id: string }>(row: T): Omit<T, 'id'> {
	const { id, ...rest } = row;
	void id;
	return rest;
}
