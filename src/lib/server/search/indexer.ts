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
import { producerSalesPoints, producers, salesPoints, searchDocuments, searchTerms } from '../db/schema';
import type { Db } from '../db/types';
import { foldText } from '../../text/fold';
import { multirangeLiteral, weeklyOpenRanges } from './hours';
import { texts, type Scope, type SearchDocInput } from './index-context';
import { buildDocs } from './index-docs';
import { forgetSearchReference } from './reference';
import { splitWords } from './words';

export type { Scope, SearchDocInput } from './index-context';

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
