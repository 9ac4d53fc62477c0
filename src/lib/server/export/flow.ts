import { z } from 'zod';
import { localized } from '$lib/domain/localized';
import type { Locale } from '$lib/i18n/locales';
import type { Db } from '$lib/server/db/types';
import { toPublicLocations } from '$lib/server/geography/public-locations';
import { pageUrls } from '$lib/server/api/urls';
import { producerListParams, type ParamError } from '$lib/server/api/params';
import { resolveDirectoryFilter } from '$lib/server/producers/directory-filter';
import type { DirectoryFilter } from '$lib/server/producers/producers-repository';
import { toExportRow, type ExportRow } from './columns';
import { exportFingerprint, listCategorySlugs, listExportIds, listExportRowsByIds, listLabelValues, listProductNames } from './export-repository';

/** The directory's filters and `lang` (for the page URLs), without paging: an export is the whole selection. */
export const exportParams = producerListParams.omit({ page: true, per_page: true });
export type ExportParams = z.output<typeof exportParams>;

/**
 * Rows are read and written this many at a time, so memory stays flat however large the directory
 * (only the ordered ids of the whole selection are held). Fewer, larger batches matter on PGlite,
 * where each query has a noticeable fixed cost: 2,000 keeps well below PostgreSQL's parameter limit.
 */
export const EXPORT_BATCH = 2000;

export type ResolvedExport = { filter: DirectoryFilter; params: ExportParams };

/** Filter slugs to ids, like the API: a slug that names nothing is reported, not ignored. */
export async function resolveExport(db: Db, p: ExportParams): Promise<{ ok: true; value: ResolvedExport } | { ok: false; errors: ParamError[] }> {
	const { filter, unknown } = await resolveDirectoryFilter(db, p);
	if (unknown.length) return { ok: false, errors: unknown.map(({ param, value }) => ({ param, message: `nothing has the slug "${value}"` })) };
	return { ok: true, value: { params: p, filter } };
}

export const fingerprintOf = (db: Db, r: ResolvedExport) => exportFingerprint(db, r.filter);

function groupBy<T extends { producerId: string }, V>(rows: readonly T[], pick: (row: T) => V): Map<string, V[]> {
	const map = new Map<string, V[]>();
	for (const row of rows) {
		const list = map.get(row.producerId) ?? [];
		list.push(pick(row));
		map.set(row.producerId, list);
	}
	return map;
}

/**
 * The selection as export rows, one batch at a time. Territory names and descriptions are in
 * Latvian (the importer's language); only `url` follows `lang`.
 */
export async function* exportRows(db: Db, r: ResolvedExport, origin: string, batchSize = EXPORT_BATCH): AsyncGenerator<ExportRow & { point: { lat: number; lng: number } | null }> {
	const urls = pageUrls({ origin, lang: r.params.lang as Locale });
	const allIds = await listExportIds(db, r.filter, r.params.sort);
	for (let offset = 0; offset < allIds.length; offset += batchSize) {
		const ids = allIds.slice(offset, offset + batchSize);
		const byId = new Map((await listExportRowsByIds(db, ids)).map((p) => [p.id, p]));
		// a producer unpublished since the ids were read is simply left out
		const batch = ids.flatMap((id) => byId.get(id) ?? []);
		const [locations, cats, prods, labs] = await Promise.all([
			toPublicLocations(db, batch, 'lv'),
			listCategorySlugs(db, ids),
			listProductNames(db, ids),
			listLabelValues(db, ids)
		]);
		const catsOf = groupBy(cats, (c) => c.slug);
		const prodsOf = groupBy(prods, (p) => localized(p.name, 'lv'));
		const labsOf = groupBy(labs, (l) => ({ slug: l.slug, value: l.value }));
		for (const [i, p] of batch.entries()) {
			const location = locations[i];
			const housePoint = location.precision === 'exact' && p.lat !== null && p.lng !== null ? location.point : null;
			const row = toExportRow({
				...p,
				location,
				housePoint,
				categorySlugs: catsOf.get(p.id) ?? [],
				productNames: prodsOf.get(p.id) ?? [],
				labels: labsOf.get(p.id) ?? [],
				url: urls.producer(p.slug)
			});
			yield { ...row, point: location.point };
		}
	}
}
