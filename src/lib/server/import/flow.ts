/**
 * One importer for the CLI (`npm run import`) and the admin page's job: read → map columns →
 * validate rows → compare with existing listings → write, queueing the search reindex as jobs in the
 * same transaction (search/reindex-job.ts). The CLI writes in one transaction; the admin job in
 * batches that each commit with the import's progress and resume after a crash (`batches`,
 * docs/decisions/009). A dry run stops before writing. Decisions
 * (README): rows with errors are skipped and reported (mode "skip", default) or, in strict mode,
 * any error means nothing is written. Reading and validating breathe (breathe.ts): the server
 * keeps answering while its job worker imports.
 */
import type { Db } from '../db/types';
import { searchPort } from '../search';
import { breathe } from './breathe';
import { mapHeaders, recordOf, type Column } from './columns';
import { planRows, type Planned } from './duplicates';
import { readTable, TableReadError } from './read-table';
import { loadCategoryRows, loadExistingProducers, loadLabelRows, loadTerritoryRows } from './reference-repository';
import { emptyReport, MAX_STORED_ISSUES, PREVIEW_ROWS, type ImportReport } from './report';
import { buildTaxonomyMatcher } from './taxonomy-match';
import { buildTerritoryMatcher, type TerritoryMatcher } from './territory-match';
import { validateRow, type Issue, type ProducerDraft } from './validate';
import { importRowId } from './row-ids';
import { prepareProducerRows, writeProducerBatch, writeProducers, type WriteOptions } from './write-repository';

export type ImportPhase = 'validating' | 'writing';
export type Progress = { phase: ImportPhase; done: number; total: number };

export type ImportOptions = {
	fileName: string;
	sheet?: string | null;
	dryRun: boolean;
	asStatus?: 'pending' | 'published';
	mode?: 'skip' | 'strict';
	onProgress?: (p: Progress) => Promise<void>;
	/** PGlite has one connection: progress written outside the open transaction would wait for it forever. */
	progressWhileWriting?: boolean;
	/** Commit `size` planned rows per transaction instead of one transaction per file (docs/decisions/009). */
	batches?: BatchOptions;
};

export type BatchOptions = {
	/** New listings get ids from it (row-ids.ts): a resumed run knows its own earlier rows. */
	importId: string;
	size: number;
	/** Planned rows an earlier run of this import committed: they are not written again. */
	written: number;
	/** Stores the progress durably, inside the batch's transaction. */
	record: (tx: Db, written: number, total: number) => Promise<void>;
};

export const REQUIRED_COLUMNS: Column[] = ['name', 'municipality'];

export async function runImport(db: Db, bytes: Uint8Array, options: ImportOptions): Promise<ImportReport> {
	const started = performance.now();
	const report = emptyReport(options.fileName, { dryRun: options.dryRun, mode: options.mode ?? 'skip', asStatus: options.asStatus ?? 'pending' });
	const finish = () => ({ ...report, seconds: Math.round((performance.now() - started) / 10) / 100 });

	let table;
	try {
		table = await readTable(bytes, { sheet: options.sheet ?? undefined });
	} catch (e) {
		if (!(e instanceof TableReadError)) throw e;
		report.fileError = { code: e.code, detail: e.detail };
		return finish();
	}
	Object.assign(report, { format: table.format, encoding: table.encoding, separator: table.separator, sheet: table.sheet, emptyRows: table.emptyRows, rows: table.rows.length });
	const mapping = mapHeaders(table.headers);
	report.columns = {
		mapped: table.headers.flatMap((header, i) => (mapping.columns[i] ? [{ header, column: mapping.columns[i]! }] : [])),
		unknown: mapping.unknown,
		ignored: mapping.ignored,
		repeated: mapping.repeated,
		missing: REQUIRED_COLUMNS.filter((c) => !mapping.present.has(c))
	};
	if (report.columns.missing.length) {
		report.fileError = { code: 'missing_columns', detail: report.columns.missing.join(', ') };
		return finish();
	}

	const [territoryRows, categoryRows, labelRows, stored] = await Promise.all([loadTerritoryRows(db), loadCategoryRows(db), loadLabelRows(db), loadExistingProducers(db)]);
	// a resumed run compares the file with the directory as it was before its own earlier batches
	const own = options.batches ? new Set(table.rows.map((r) => importRowId(options.batches!.importId, r.rowNumber))) : null;
	const existing = own ? stored.filter((e) => !own.has(e.id)) : stored;
	const territories = buildTerritoryMatcher(territoryRows);
	const matchers = { territories, taxonomy: buildTaxonomyMatcher(categoryRows, labelRows) };

	const total = table.rows.length;
	// a control character (a NUL byte …) was taken out of the cell: the row is imported, with a word about it
	const issues: Issue[] = table.cleanedCells.map((c) => ({ row: c.rowNumber, column: mapping.columns[c.column] ?? null, value: '', code: 'control_characters_removed', severity: 'warning' }));
	const drafts: ProducerDraft[] = [];
	for (let i = 0; i < total; i++) {
		const { rowNumber, cells } = table.rows[i];
		const result = validateRow(rowNumber, recordOf(cells, mapping), matchers);
		issues.push(...result.issues);
		if (result.draft) drafts.push(result.draft);
		if ((i + 1) % 250 === 0) await breathe();
		if (options.onProgress && (i + 1) % 5000 === 0) await options.onProgress({ phase: 'validating', done: i + 1, total });
	}
	const { planned, issues: duplicateIssues } = await planRows(drafts, existing);
	issues.push(...duplicateIssues);
	issues.sort((a, b) => a.row - b.row);

	const errorRows = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.row));
	Object.assign(report, {
		issues: issues.slice(0, MAX_STORED_ISSUES),
		issuesTotal: issues.length,
		errorRows: errorRows.size,
		warningRows: new Set(issues.filter((i) => i.severity === 'warning' && !errorRows.has(i.row)).map((i) => i.row)).size,
		skipped: total - planned.length,
		preview: planned.slice(0, PREVIEW_ROWS).map((p) => previewOf(p, territories, matchers.taxonomy.categoryName))
	});
	const counts = { created: planned.filter((p) => !p.existing).length, updated: planned.filter((p) => p.existing).length };
	if (options.dryRun) return { ...finish(), ...counts };
	if (report.mode === 'strict' && errorRows.size > 0) return finish();

	const takenSlugs = new Set(existing.map((e) => e.slug));
	if (options.batches) {
		const written = await writeInBatches(db, planned, { ...options.batches, asStatus: report.asStatus, present: mapping.present, takenSlugs, onProgress: options.onProgress });
		Object.assign(report, { ...counts, written: true, resumedAfter: written });
		return finish();
	}
	const progress = options.progressWhileWriting ? options.onProgress : undefined;
	const result = await db.transaction(async (tx) => {
		const written = await writeProducers(tx, planned, {
			asStatus: report.asStatus,
			present: mapping.present,
			takenSlugs,
			onBatch: progress ? (done) => progress({ phase: 'writing', done, total }) : undefined
		});
		// only published listings have search documents: new pending ones need none, updated ones may.
		// Queued in this transaction: a crash after the commit leaves the jobs, never unindexed listings.
		await searchPort().queueReindex(tx, { producerIds: report.asStatus === 'published' ? written.producerIds : written.updatedIds });
		return written;
	});
	Object.assign(report, { created: result.created, updated: result.updated, written: true });
	return finish();
}

/**
 * Each batch commits with its reindex jobs and the import's progress, then the event loop is handed
 * back so requests waiting for the embedded database's one connection are answered. Returns how many
 * planned rows an earlier run had written (skipped here).
 */
async function writeInBatches(
	db: Db,
	planned: readonly Planned[],
	options: BatchOptions & Pick<WriteOptions, 'asStatus' | 'present' | 'takenSlugs'> & { onProgress?: ImportOptions['onProgress'] }
): Promise<number> {
	const rows = prepareProducerRows(planned, { ...options, newId: (row) => importRowId(options.importId, row) });
	const total = planned.length;
	const from = Math.min(options.written, total);
	for (let i = from; i < total; i += options.size) {
		const end = Math.min(i + options.size, total);
		await db.transaction(async (tx) => {
			const written = await writeProducerBatch(tx, planned.slice(i, end), rows.slice(i, end), options);
			await searchPort().queueReindex(tx, { producerIds: options.asStatus === 'published' ? written.producerIds : written.updatedIds });
			await options.record(tx, end, total);
		});
		await breathe();
		await options.onProgress?.({ phase: 'writing', done: end, total });
	}
	return from;
}

function previewOf(p: Planned, territories: TerritoryMatcher, categoryName: (id: number) => string) {
	const d = p.draft;
	return {
		row: d.row,
		action: p.existing ? ('update' as const) : ('create' as const),
		externalId: d.externalId,
		name: d.name,
		municipality: territories.byId.get(d.municipalityId)?.name.lv ?? '',
		locality: d.localityId ? (territories.byId.get(d.localityId)?.name.lv ?? null) : null,
		categories: d.categoryIds.map(categoryName),
		products: d.products.length
	};
}

