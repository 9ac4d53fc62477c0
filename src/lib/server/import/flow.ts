/**
 * One importer for the CLI (`npm run import`) and the admin page's job: read → map columns →
 * validate rows → compare with existing listings → write in one transaction, which also queues the
 * search reindex as jobs (search/reindex-job.ts). A dry run stops before writing. Decisions
 * (README): rows with errors are skipped and reported (mode "skip", default) or, in strict mode,
 * any error means nothing is written. Reading and validating breathe (breathe.ts): the server
 * keeps answering while its job worker imports.
 */
import type { Db } from '../db/types';
import { queueSearchReindex } from '../search/reindex-job';
import { breathe } from './breathe';
import { mapHeaders, recordOf, type Column } from './columns';
import { planRows, type Planned } from './duplicates';
import { readTable, TableReadError } from './read-table';
import { loadCategoryRows, loadExistingProducers, loadLabelRows, loadTerritoryRows } from './reference-repository';
import { emptyReport, MAX_STORED_ISSUES, PREVIEW_ROWS, type ImportReport } from './report';
import { buildTaxonomyMatcher } from './taxonomy-match';
import { buildTerritoryMatcher, type TerritoryMatcher } from './territory-match';
import { validateRow, type Issue, type ProducerDraft } from './validate';
import { writeProducers } from './write-repository';

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

	const [territoryRows, categoryRows, labelRows, existing] = await Promise.all([loadTerritoryRows(db), loadCategoryRows(db), loadLabelRows(db), loadExistingProducers(db)]);
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

	const progress = options.progressWhileWriting ? options.onProgress : undefined;
	const result = await db.transaction(async (tx) => {
		const written = await writeProducers(tx, planned, {
			asStatus: report.asStatus,
			present: mapping.present,
			takenSlugs: new Set(existing.map((e) => e.slug)),
			onBatch: progress ? (done) => progress({ phase: 'writing', done, total }) : undefined
		});
		// only published listings have search documents: new pending ones need none, updated ones may.
		// Queued in this transaction: a crash after the commit leaves the jobs, never unindexed listings.
		await queueSearchReindex(tx, { producerIds: report.asStatus === 'published' ? written.producerIds : written.updatedIds });
		return written;
	});
	Object.assign(report, { created: result.created, updated: result.updated, written: true });
	return finish();
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

