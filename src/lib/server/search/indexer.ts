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
import { libraryItems, producerSalesPoints, producers, salesPoints, searchDocuments, searchTerms } from '../db/schema';
import { rebuildResults, refreshResults } from './results-repository';
import type { Db } from '../db/types';
import { foldText } from '../../text/fold';
import { texts, type Scope, type SearchDocInput } from './index-context';
import { buildDocs, documentKinds } from './document-kinds';
import { applyProductNameChanges, productNamesOf, rebuildProductNames, type NameCount } from './product-names';
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
		rawStems: uniq(nameWords.map((w) => w.rawStem)).join(' '),
		nameStems: uniq([...stemsA, ...stemsB]).join(' '),
		bodyStems: stemsC.join(' '),
		body: d.body,
		tsv: sql`setweight(to_tsvector('simple', ${stemsA.join(' ')}), 'A') || setweight(to_tsvector('simple', ${stemsB.join(' ')}), 'B') || setweight(to_tsvector('simple', ${stemsC.join(' ')}), 'C')`,
		municipalityId: d.municipalityId,
		municipalityIds: d.municipalityIds,
		regionIds: d.regionIds,
		localityId: d.localityId,
		locationPrecision: d.locationPrecision,
		publicAddress: d.publicAddress,
		lat: d.point?.lat ?? null,
		lng: d.point?.lng ?? null,
		categoryIds: d.categoryIds,
		labelIds: d.labelIds,
		hours: d.hours,
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

/** Rows per INSERT: ~33 parameters a row stays far below PostgreSQL's 65,535. */
const BATCH = 1000;

/** Rows converted and inserted a batch at a time, so a 1,000,000-document rebuild never holds every row at once. */
async function insertDocs(db: Db, docs: readonly SearchDocInput[]): Promise<void> {
	for (let i = 0; i < docs.length; i += BATCH) await db.insert(searchDocuments).values(docs.slice(i, i + BATCH).map(toRow));
}

/** Above this many documents a full rebuild drops the secondary indexes and builds them once after loading. */
const BULK = 20_000;

/**
 * The secondary indexes of search_documents as PostgreSQL states them (pg_indexes.indexdef),
 * dropped before a bulk load and recreated after it: building a GIN index once over a million rows
 * takes seconds, updating it row by row took most of the ~700 s a 100k-producer rebuild used to take.
 */
async function dropSecondaryIndexes(db: Db): Promise<string[]> {
	const result = await db.execute(sql`select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename = 'search_documents' and indexname <> 'search_documents_entity_type_entity_id_pk'`);
	const rows = (result as unknown as { rows: { indexname: string; indexdef: string }[] }).rows;
	for (const r of rows) await db.execute(sql.raw(`drop index "${r.indexname.replace(/"/g, '""')}"`));
	return rows.map((r) => r.indexdef);
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
	// listings first: a search without words reads them from adjacent pages, not one per producer
	const built = await buildDocs(db);
	const docs = [...built.filter((x) => x.entityType !== 'product'), ...built.filter((x) => x.entityType === 'product')];
	await db.transaction(async (tx) => {
		await tx.delete(searchDocuments);
		await tx.delete(searchTerms);
		// searches wait for this transaction (the drop locks the table): a full rebuild is a seed /
		// start-up / maintenance step, edits use reindex()
		const bulk = docs.length > BULK;
		const indexes = bulk ? await dropSecondaryIndexes(tx) : [];
		await insertDocs(tx, docs);
		for (const def of indexes) await tx.execute(sql.raw(def));
		await rebuildResults(tx);
		await upsertTerms(tx, docs);
		await rebuildProductNames(tx);
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
	// a library item is found where its organisation works: the organisation's change moves its items too
	const libraryItemIds = new Set(scope.libraryItemIds ?? []);
	if (scope.organisationIds?.length) {
		const items = await db.select({ id: libraryItems.id }).from(libraryItems).where(inArray(libraryItems.organisationId, [...scope.organisationIds]));
		for (const i of items) libraryItemIds.add(i.id);
	}
	const full: Scope = { ...scope, producerIds: [...producerIds], salesPointIds: [...salesPointIds], libraryItemIds: [...libraryItemIds] };
	const docs = await buildDocs(db, full);
	const conditions: SQL[] = [];
	for (const kind of documentKinds()) {
		const ids = [...(full[kind.scopeKey] ?? [])];
		if (ids.length === 0) continue;
		// a producer's documents are its own and its products' (producer_id), every other kind's its own row's
		if (kind.type === 'producer') conditions.push(inArray(searchDocuments.producerId, ids));
		else conditions.push(and(eq(searchDocuments.entityType, kind.type), inArray(searchDocuments.entityId, ids))!);
	}
	if (conditions.length === 0) return;
	const productNames = (list: readonly SearchDocInput[]) => {
		const counts = new Map<string, NameCount>();
		for (const doc of list) {
			if (doc.entityType !== 'product') continue;
			const folded = foldText(doc.nameI18n.lv);
			const n = counts.get(folded) ?? { foldedName: folded, name: doc.nameI18n.lv, nameI18n: doc.nameI18n, docs: 0 };
			n.docs++;
			counts.set(folded, n);
		}
		return [...counts.values()];
	};
	await db.transaction(async (tx) => {
		const namesBefore = await productNamesOf(tx, full.producerIds!);
		const touched = new Set(docs.map((d) => d.resultId));
		for (const c of conditions) {
			const gone = await tx.delete(searchDocuments).where(c).returning({ resultId: searchDocuments.resultId });
			for (const g of gone) touched.add(g.resultId);
		}
		await insertDocs(tx, docs);
		await refreshResults(tx, [...touched]);
		await upsertTerms(tx, docs);
		await applyProductNameChanges(tx, namesBefore, productNames(docs));
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
