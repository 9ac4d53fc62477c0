/**
 * Builds search_documents (one row per published producer, product, sales point, organisation and
 * place) and search_terms (the vocabulary for typo correction) from the directory tables.
 *
 * Privacy: a document gets the public point and locality only — publicLocation() decides, so a
 * municipality-precision producer is indexed at its municipality centre, without its locality.
 *
 * Relative imports only: the seed CLI (scripts/seed.ts) ends by calling reindexAll.
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import {
	organisationTerritories,
	organisations,
	places,
	producerCategories,
	producerLabels,
	producerSalesPoints,
	producers,
	products,
	salesPoints,
	searchDocuments,
	searchEntityType,
	searchTerms,
	territories,
	categories
} from '../db/schema';
import type { Db } from '../db/types';
import { publicLocation } from '../../domain/public-location';
import type { LocalizedText, LocationPrecision, OpeningInterval } from '../../domain/types';
import { nameSortKey } from '../../text/collation';
import { foldText } from '../../text/fold';
import { multirangeLiteral, weeklyOpenRanges } from './hours';
import { forgetSearchReference } from './reference';
import { splitWords } from './words';

type EntityType = (typeof searchEntityType.enumValues)[number];

/** A document before it is written: plain values plus the texts the tsvector is built from. */
export type SearchDocInput = {
	entityType: EntityType;
	entityId: string;
	resultType: Exclude<EntityType, 'product'>;
	resultId: string;
	producerId: string | null;
	slug: string;
	externalId: string | null;
	kind: string;
	nameI18n: LocalizedText;
	sortKey: string;
	/** Other names (legal name, operator, product names in other languages). */
	altNames: string[];
	body: LocalizedText | null;
	municipalityId: number;
	municipalityIds: number[];
	regionIds: number[];
	localityId: number | null;
	point: { lat: number; lng: number } | null;
	categoryIds: number[];
	labelIds: number[];
	hours: OpeningInterval[];
	isDemo: boolean;
};

type TerritoryPoint = { id: number; kind: string; parentId: number | null; lat: number | null; lng: number | null };
type Stored = {
	municipalityId: number;
	localityId: number | null;
	address: string | null;
	lat: number | null;
	lng: number | null;
	locationPrecision: LocationPrecision;
};

type Context = {
	territories: Map<number, TerritoryPoint>;
	/** category id → its parent (for "in a top-level category" filters) */
	parents: Map<number, number | null>;
};

async function loadContext(db: Db): Promise<Context> {
	const [terr, cats] = await Promise.all([
		db
			.select({ id: territories.id, kind: territories.kind, parentId: territories.parentId, lat: territories.lat, lng: territories.lng })
			.from(territories)
			.where(eq(territories.countryCode, 'LV')),
		db.select({ id: categories.id, parentId: categories.parentId }).from(categories)
	]);
	return { territories: new Map(terr.map((t) => [t.id, t])), parents: new Map(cats.map((c) => [c.id, c.parentId])) };
}

/** Public point and locality, exactly as publicLocation() shows them. */
function placeOf(row: Stored, ctx: Context): Pick<SearchDocInput, 'municipalityId' | 'localityId' | 'point' | 'regionIds' | 'municipalityIds'> {
	const mun = ctx.territories.get(row.municipalityId);
	const loc = row.localityId === null ? undefined : ctx.territories.get(row.localityId);
	const pub = publicLocation({
		precision: row.locationPrecision,
		address: row.address,
		lat: row.lat,
		lng: row.lng,
		locality: loc ? { name: '', slug: '', lat: loc.lat, lng: loc.lng } : null,
		municipality: { name: '', slug: '', lat: mun?.lat ?? null, lng: mun?.lng ?? null }
	});
	return {
		municipalityId: row.municipalityId,
		municipalityIds: [row.municipalityId],
		regionIds: mun?.parentId !== null && mun?.parentId !== undefined ? [mun.parentId] : [],
		localityId: row.locationPrecision === 'municipality' || !loc ? null : loc.id,
		point: pub.point
	};
}

function withParents(ids: Iterable<number>, ctx: Context): number[] {
	const out = new Set<number>();
	for (const id of ids) {
		out.add(id);
		const parent = ctx.parents.get(id);
		if (parent !== null && parent !== undefined) out.add(parent);
	}
	return [...out].sort((a, b) => a - b);
}

const texts = (t: LocalizedText | null | undefined): string[] => (t ? Object.values(t).filter((v): v is string => !!v) : []);

/** Which rows to (re)build: everything, or some ids of one kind. */
export type Scope = { producerIds?: readonly string[]; salesPointIds?: readonly string[]; organisationIds?: readonly string[]; placeIds?: readonly string[] };

async function producerDocs(db: Db, ctx: Context, ids?: readonly string[]): Promise<SearchDocInput[]> {
	if (ids && ids.length === 0) return [];
	const where = and(eq(producers.status, 'published'), ids ? inArray(producers.id, [...ids]) : undefined);
	const rows = await db
		.select({
			id: producers.id,
			slug: producers.slug,
			name: producers.name,
			kind: producers.kind,
			description: producers.description,
			externalId: producers.externalId,
			sortKey: producers.sortKey,
			isDemo: producers.isDemo,
			municipalityId: producers.municipalityId,
			localityId: producers.localityId,
			address: producers.address,
			lat: producers.lat,
			lng: producers.lng,
			locationPrecision: producers.locationPrecision
		})
		.from(producers)
		.where(where);
	if (rows.length === 0) return [];
	const producerIds = rows.map((r) => r.id);
	const [prods, cats, labels, hours] = await Promise.all([
		db
			.select({ id: products.id, producerId: products.producerId, name: products.name, description: products.description, categoryId: products.categoryId })
			.from(products)
			.where(inArray(products.producerId, producerIds)),
		db.select({ producerId: producerCategories.producerId, categoryId: producerCategories.categoryId }).from(producerCategories).where(inArray(producerCategories.producerId, producerIds)),
		db.select({ producerId: producerLabels.producerId, labelId: producerLabels.labelId }).from(producerLabels).where(inArray(producerLabels.producerId, producerIds)),
		db
			.select({ producerId: producerSalesPoints.producerId, hours: salesPoints.openingHours })
			.from(producerSalesPoints)
			.innerJoin(salesPoints, eq(salesPoints.id, producerSalesPoints.salesPointId))
			.where(and(inArray(producerSalesPoints.producerId, producerIds), eq(salesPoints.status, 'published')))
	]);
	const group = <T extends { producerId: string }>(list: T[]) => {
		const map = new Map<string, T[]>();
		for (const x of list) map.set(x.producerId, [...(map.get(x.producerId) ?? []), x]);
		return map;
	};
	const prodsBy = group(prods);
	const catsBy = group(cats);
	const labelsBy = group(labels);
	const hoursBy = group(hours);

	const docs: SearchDocInput[] = [];
	for (const r of rows) {
		const place = placeOf(r, ctx);
		const own = prodsBy.get(r.id) ?? [];
		const categoryIds = withParents([...(catsBy.get(r.id) ?? []).map((c) => c.categoryId), ...own.map((p) => p.categoryId)], ctx);
		const labelIds = [...new Set((labelsBy.get(r.id) ?? []).map((l) => l.labelId))].sort((a, b) => a - b);
		const spHours = (hoursBy.get(r.id) ?? []).flatMap((h) => h.hours ?? []);
		const common = { resultType: 'producer' as const, resultId: r.id, producerId: r.id, slug: r.slug, externalId: r.externalId, kind: r.kind, labelIds, hours: spHours, isDemo: r.isDemo, ...place };
		docs.push({ ...common, entityType: 'producer', entityId: r.id, nameI18n: { lv: r.name }, sortKey: r.sortKey, altNames: [], body: r.description, categoryIds });
		for (const p of own) {
			docs.push({
				...common,
				entityType: 'product',
				entityId: p.id,
				nameI18n: p.name,
				sortKey: nameSortKey(p.name.lv),
				altNames: texts(p.name).filter((n) => n !== p.name.lv),
				body: p.description,
				categoryIds: withParents([p.categoryId], ctx)
			});
		}
	}
	return docs;
}

async function salesPointDocs(db: Db, ctx: Context, ids?: readonly string[]): Promise<SearchDocInput[]> {
	if (ids && ids.length === 0) return [];
	const rows = await db
		.select({
			id: salesPoints.id,
			slug: salesPoints.slug,
			name: salesPoints.name,
			kind: salesPoints.kind,
			description: salesPoints.description,
			hoursNote: salesPoints.hoursNote,
			openingHours: salesPoints.openingHours,
			sortKey: salesPoints.sortKey,
			isDemo: salesPoints.isDemo,
			municipalityId: salesPoints.municipalityId,
			localityId: salesPoints.localityId,
			address: salesPoints.address,
			lat: salesPoints.lat,
			lng: salesPoints.lng,
			locationPrecision: salesPoints.locationPrecision
		})
		.from(salesPoints)
		.where(and(eq(salesPoints.status, 'published'), ids ? inArray(salesPoints.id, [...ids]) : undefined));
	if (rows.length === 0) return [];
	// a sales point is "in" the categories of the published producers who sell there
	const links = await db
		.select({ salesPointId: producerSalesPoints.salesPointId, categoryId: producerCategories.categoryId })
		.from(producerSalesPoints)
		.innerJoin(producers, and(eq(producers.id, producerSalesPoints.producerId), eq(producers.status, 'published')))
		.innerJoin(producerCategories, eq(producerCategories.producerId, producers.id))
		.where(inArray(producerSalesPoints.salesPointId, rows.map((r) => r.id)));
	return rows.map((r) => ({
		entityType: 'sales_point',
		entityId: r.id,
		resultType: 'sales_point',
		resultId: r.id,
		producerId: null,
		slug: r.slug,
		externalId: null,
		kind: r.kind,
		nameI18n: { lv: r.name },
		sortKey: r.sortKey,
		altNames: [],
		body: mergeText(r.description, r.hoursNote),
		...placeOf(r, ctx),
		categoryIds: withParents(links.filter((l) => l.salesPointId === r.id).map((l) => l.categoryId), ctx),
		labelIds: [],
		hours: r.openingHours ?? [],
		isDemo: r.isDemo
	}));
}

async function organisationDocs(db: Db, ctx: Context, ids?: readonly string[]): Promise<SearchDocInput[]> {
	if (ids && ids.length === 0) return [];
	const rows = await db
		.select({
			id: organisations.id,
			slug: organisations.slug,
			name: organisations.name,
			legalName: organisations.legalName,
			kind: organisations.kind,
			description: organisations.description,
			officeHours: organisations.officeHours,
			sortKey: organisations.sortKey,
			isDemo: organisations.isDemo,
			municipalityId: organisations.municipalityId,
			localityId: organisations.localityId,
			address: organisations.address,
			lat: organisations.lat,
			lng: organisations.lng,
			locationPrecision: organisations.locationPrecision
		})
		.from(organisations)
		.where(and(eq(organisations.status, 'published'), ids ? inArray(organisations.id, [...ids]) : undefined));
	if (rows.length === 0) return [];
	const coverage = await db
		.select({ organisationId: organisationTerritories.organisationId, territoryId: organisationTerritories.territoryId })
		.from(organisationTerritories)
		.where(inArray(organisationTerritories.organisationId, rows.map((r) => r.id)));
	return rows.map((r) => {
		const place = placeOf(r, ctx);
		// the area served: municipalities (a region or the country stands for all of its municipalities)
		const muns = new Set(place.municipalityIds);
		const regions = new Set(place.regionIds);
		for (const c of coverage.filter((x) => x.organisationId === r.id)) {
			const t = ctx.territories.get(c.territoryId);
			if (!t) continue;
			if (t.kind === 'municipality') {
				muns.add(t.id);
				if (t.parentId !== null) regions.add(t.parentId);
			} else if (t.kind === 'planning_region' || t.kind === 'country') {
				for (const m of ctx.territories.values()) {
					const inside = m.kind === 'municipality' && (m.parentId === t.id || (t.kind === 'country' && m.parentId !== null));
					if (!inside) continue;
					muns.add(m.id);
					if (m.parentId !== null) regions.add(m.parentId);
				}
				if (t.kind === 'planning_region') regions.add(t.id);
			}
		}
		return {
			entityType: 'organisation',
			entityId: r.id,
			resultType: 'organisation',
			resultId: r.id,
			producerId: null,
			slug: r.slug,
			externalId: null,
			kind: r.kind,
			nameI18n: { lv: r.name },
			sortKey: r.sortKey,
			altNames: r.legalName ? [r.legalName] : [],
			body: r.description,
			...place,
			municipalityIds: [...muns].sort((a, b) => a - b),
			regionIds: [...regions].sort((a, b) => a - b),
			categoryIds: [],
			labelIds: [],
			hours: r.officeHours ?? [],
			isDemo: r.isDemo
		};
	});
}

async function placeDocs(db: Db, ctx: Context, ids?: readonly string[]): Promise<SearchDocInput[]> {
	if (ids && ids.length === 0) return [];
	const rows = await db
		.select({
			id: places.id,
			slug: places.slug,
			name: places.name,
			kind: places.kind,
			description: places.description,
			operatorName: places.operatorName,
			operatorOrg: organisations.name,
			openingHours: places.openingHours,
			sortKey: places.sortKey,
			isDemo: places.isDemo,
			municipalityId: places.municipalityId,
			localityId: places.localityId,
			address: places.address,
			lat: places.lat,
			lng: places.lng,
			locationPrecision: places.locationPrecision
		})
		.from(places)
		.leftJoin(organisations, and(eq(organisations.id, places.operatorId), eq(organisations.status, 'published')))
		.where(and(eq(places.status, 'published'), ids ? inArray(places.id, [...ids]) : undefined));
	return rows.map((r) => ({
		entityType: 'place',
		entityId: r.id,
		resultType: 'place',
		resultId: r.id,
		producerId: null,
		slug: r.slug,
		externalId: null,
		kind: r.kind,
		nameI18n: { lv: r.name },
		sortKey: r.sortKey,
		altNames: [r.operatorName, r.operatorOrg].filter((n): n is string => !!n),
		body: r.description,
		...placeOf(r, ctx),
		categoryIds: [],
		labelIds: [],
		hours: r.openingHours ?? [],
		isDemo: r.isDemo
	}));
}

function mergeText(a: LocalizedText | null, b: LocalizedText | null): LocalizedText | null {
	if (!a) return b;
	if (!b) return a;
	const out: Record<string, string> = {};
	for (const lang of new Set([...Object.keys(a), ...Object.keys(b)])) {
		out[lang] = [(a as Record<string, string | undefined>)[lang], (b as Record<string, string | undefined>)[lang]].filter(Boolean).join('\n');
	}
	return out as LocalizedText;
}

/** The stored row: folded names, stems and the tsvector (names weight A/B, descriptions C). */
export function toRow(d: SearchDocInput) {
	const primary = d.nameI18n.lv;
	const otherNames = [...texts(d.nameI18n).filter((n) => n !== primary), ...d.altNames];
	const nameWords = splitWords([primary, ...otherNames].join('\n'));
	const bodyWords = splitWords(texts(d.body).join('\n'));
	const uniq = (xs: string[]) => [...new Set(xs)];
	const stemsA = uniq(splitWords(primary).map((w) => w.stem));
	const stemsB = uniq(splitWords(otherNames.join('\n')).map((w) => w.stem));
	const stemsC = uniq(bodyWords.map((w) => w.stem));
	const ranges = weeklyOpenRanges(d.hours);
	return {
		entityType: d.entityType,
		entityId: d.entityId,
		resultType: d.resultType,
		resultId: d.resultId,
		producerId: d.producerId,
		slug: d.slug,
		externalId: d.externalId,
		kind: d.kind,
		name: primary,
		nameI18n: d.nameI18n,
		foldedName: foldText(primary),
		sortKey: d.sortKey,
		foldedNames: uniq(nameWords.map((w) => w.folded)).join(' '),
		rawNames: uniq(nameWords.map((w) => w.raw)).join(' '),
		nameStems: uniq([...stemsA, ...stemsB]).join(' '),
		bodyStems: stemsC.join(' '),
		body: d.body,
		tsv: sql`setweight(to_tsvector('simple', ${stemsA.join(' ')}), 'A') || setweight(to_tsvector('simple', ${stemsB.join(' ')}), 'B') || setweight(to_tsvector('simple', ${stemsC.join(' ')}), 'C')`,
		municipalityId: d.municipalityId,
		municipalityIds: d.municipalityIds,
		regionIds: d.regionIds,
		localityId: d.localityId,
		lat: d.point?.lat ?? null,
		lng: d.point?.lng ?? null,
		categoryIds: d.categoryIds,
		labelIds: d.labelIds,
		hours: d.hours,
		openWeek: multirangeLiteral(ranges),
		isDemo: d.isDemo
	};
}

export type VocabularyEntry = { stem: string; docs: number; catalogue: boolean };

/**
 * Folded words of the documents' names and descriptions with their stems and document counts; a
 * word of product names used by producers in two or more municipalities is a catalogue word.
 */
export function vocabulary(docs: readonly SearchDocInput[]): Map<string, VocabularyEntry> {
	const terms = new Map<string, VocabularyEntry>();
	const productMunicipalities = new Map<string, Set<number>>();
	for (const d of docs) {
		const seen = new Set<string>();
		for (const w of splitWords([...texts(d.nameI18n), ...d.altNames, ...texts(d.body)].join('\n'))) {
			if (seen.has(w.folded)) continue;
			seen.add(w.folded);
			const t = terms.get(w.folded) ?? { stem: w.stem, docs: 0, catalogue: false };
			t.docs++;
			terms.set(w.folded, t);
		}
		if (d.entityType === 'product') {
			for (const w of splitWords(texts(d.nameI18n).join('\n'))) {
				const set = productMunicipalities.get(w.folded) ?? new Set<number>();
				set.add(d.municipalityId);
				productMunicipalities.set(w.folded, set);
			}
		}
	}
	for (const [word, muns] of productMunicipalities) {
		const t = terms.get(word);
		if (t && muns.size >= 2) t.catalogue = true;
	}
	return terms;
}

const BATCH = 200;

async function insertBatches(db: Db, table: PgTable, values: Record<string, unknown>[]): Promise<void> {
	for (let i = 0; i < values.length; i += BATCH) await db.insert(table).values(values.slice(i, i + BATCH));
}

async function buildDocs(db: Db, scope?: Scope): Promise<SearchDocInput[]> {
	const ctx = await loadContext(db);
	const all = !scope;
	const parts = await Promise.all([
		all || scope.producerIds ? producerDocs(db, ctx, scope?.producerIds) : [],
		all || scope.salesPointIds ? salesPointDocs(db, ctx, scope?.salesPointIds) : [],
		all || scope.organisationIds ? organisationDocs(db, ctx, scope?.organisationIds) : [],
		all || scope.placeIds ? placeDocs(db, ctx, scope?.placeIds) : []
	]);
	return parts.flat();
}

async function upsertTerms(db: Db, docs: readonly SearchDocInput[]): Promise<void> {
	const rows = [...vocabulary(docs)].map(([term, v]) => ({ term, stem: v.stem, docs: v.docs, catalogue: v.catalogue }));
	for (let i = 0; i < rows.length; i += 500) {
		await db
			.insert(searchTerms)
			.values(rows.slice(i, i + 500))
			.onConflictDoUpdate({
				target: searchTerms.term,
				set: { docs: sql`greatest(${searchTerms.docs}, excluded.docs)`, catalogue: sql`${searchTerms.catalogue} or excluded.catalogue` }
			});
	}
}

/** Rebuilds the whole index in one transaction. Returns the number of documents. */
export async function reindexAll(db: Db): Promise<number> {
	const docs = await buildDocs(db);
	await db.transaction(async (tx) => {
		await tx.delete(searchDocuments);
		await tx.delete(searchTerms);
		await insertBatches(tx, searchDocuments, docs.map(toRow));
		await upsertTerms(tx, docs);
	});
	forgetSearchReference(db);
	return docs.length;
}

/**
 * Rebuilds the documents of some rows (after an edit): a producer with its products and the sales
 * points it sells at (their categories come from their producers), a sales point with its producers
 * (their "open now" comes from their sales points), an organisation, a place. Rows that are not
 * published any more simply lose their documents.
 */
export async function reindex(db: Db, scope: Scope): Promise<void> {
	const producerIds = new Set(scope.producerIds ?? []);
	const salesPointIds = new Set(scope.salesPointIds ?? []);
	if (producerIds.size) {
		const links = await db.select({ id: producerSalesPoints.salesPointId }).from(producerSalesPoints).where(inArray(producerSalesPoints.producerId, [...producerIds]));
		for (const l of links) salesPointIds.add(l.id);
	}
	if (scope.salesPointIds?.length) {
		const links = await db.select({ id: producerSalesPoints.producerId }).from(producerSalesPoints).where(inArray(producerSalesPoints.salesPointId, [...scope.salesPointIds]));
		for (const l of links) producerIds.add(l.id);
	}
	const full: Scope = { producerIds: [...producerIds], salesPointIds: [...salesPointIds], organisationIds: scope.organisationIds ?? [], placeIds: scope.placeIds ?? [] };
	const docs = await buildDocs(db, full);
	const conditions: SQL[] = [];
	if (full.producerIds!.length) conditions.push(inArray(searchDocuments.producerId, [...full.producerIds!]));
	if (full.salesPointIds!.length) conditions.push(and(eq(searchDocuments.entityType, 'sales_point'), inArray(searchDocuments.entityId, [...full.salesPointIds!]))!);
	if (full.organisationIds!.length) conditions.push(and(eq(searchDocuments.entityType, 'organisation'), inArray(searchDocuments.entityId, [...full.organisationIds!]))!);
	if (full.placeIds!.length) conditions.push(and(eq(searchDocuments.entityType, 'place'), inArray(searchDocuments.entityId, [...full.placeIds!]))!);
	if (conditions.length === 0) return;
	await db.transaction(async (tx) => {
		for (const c of conditions) await tx.delete(searchDocuments).where(c);
		await insertBatches(tx, searchDocuments, docs.map(toRow));
		await upsertTerms(tx, docs);
	});
	forgetSearchReference(db);
}

export const reindexProducer = (db: Db, id: string) => reindex(db, { producerIds: [id] });
export const reindexSalesPoint = (db: Db, id: string) => reindex(db, { salesPointIds: [id] });
export const reindexOrganisation = (db: Db, id: string) => reindex(db, { organisationIds: [id] });
export const reindexPlace = (db: Db, id: string) => reindex(db, { placeIds: [id] });

/** Start-up: an existing database migrated to the search schema gets its index built once. */
export async function ensureSearchIndex(db: Db): Promise<boolean> {
	const [row] = await db.select({ n: sql<number>`count(*)` }).from(searchDocuments);
	if (Number(row?.n ?? 0) > 0) return false;
	const [published] = await db.select({ n: sql<number>`count(*)` }).from(producers).where(eq(producers.status, 'published'));
	const [others] = await db.select({ n: sql<number>`count(*)` }).from(salesPoints).where(eq(salesPoints.status, 'published'));
	if (Number(published?.n ?? 0) + Number(others?.n ?? 0) === 0) return false;
	await reindexAll(db);
	return true;
}
