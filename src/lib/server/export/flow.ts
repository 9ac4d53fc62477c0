import { z } from 'zod';
import { localized } from '$lib/domain/localized';
import type { Locale } from '$lib/i18n/locales';
import type { Db } from '$lib/server/db/types';
import { toPublicLocations } from '$lib/server/geography/public-locations';
import { listTerritoriesByKind } from '$lib/server/geography/territories-repository';
import { pageUrls } from '$lib/server/api/urls';
import { producerListParams, type ParamError } from '$lib/server/api/params';
import type { DirectoryFilter, ProducerKind } from '$lib/server/producers/producers-repository';
import { listCategories } from '$lib/server/taxonomy/categories-repository';
import { categoryScope } from '$lib/server/taxonomy/domain';
import { listLabels } from '$lib/server/taxonomy/labels-repository';
import { toExportRow, type ExportRow } from './columns';
import { exportFingerprint, listCategorySlugs, listExportBatch, listLabelValues, listProductNames } from './export-repository';

/** The directory's filters and `lang` (for the page URLs), without paging: an export is the whole selection. */
export const exportParams = producerListParams.omit({ page: true, per_page: true });
export type ExportParams = z.output<typeof exportParams>;

/** Rows are read and written this many at a time, so memory stays flat however large the directory. */
export const EXPORT_BATCH = 500;

export type ResolvedExport = { filter: DirectoryFilter; params: ExportParams };

/** Filter slugs to ids, like the API: a slug that names nothing is reported, not ignored. */
export async function resolveExport(db: Db, p: ExportParams): Promise<{ ok: true; value: ResolvedExport } | { ok: false; errors: ParamError[] }> {
	const [cats, labels, regions, municipalities] = await Promise.all([
		listCategories(db),
		listLabels(db),
		listTerritoriesByKind(db, 'planning_region'),
		listTerritoriesByKind(db, 'municipality')
	]);
	const scope = p.category ? categoryScope(cats, p.category) : undefined;
	const region = p.region ? regions.find((r) => r.slug === p.region) : undefined;
	const municipality = p.municipality ? municipalities.find((m) => m.slug === p.municipality) : undefined;
	const label = p.label ? labels.find((l) => l.slug === p.label) : undefined;
	const errors: ParamError[] = [];
	const unknown = (param: string, value: string) => errors.push({ param, message: `nothing has the slug "${value}"` });
	if (p.category && !scope) unknown('category', p.category);
	if (p.region && !region) unknown('region', p.region);
	if (p.municipality && !municipality) unknown('municipality', p.municipality);
	if (p.label && !label) unknown('label', p.label);
	if (errors.length) return { ok: false, errors };
	return {
		ok: true,
		value: {
			params: p,
			filter: {
				categoryIds: scope?.ids,
				regionId: region?.id,
				municipalityId: municipality?.id,
				kind: p.kind as ProducerKind | undefined,
				labelId: label?.id
			}
		}
	};
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
	for (let offset = 0; ; offset += batchSize) {
		const batch = await listExportBatch(db, r.filter, r.params.sort, batchSize, offset);
		if (batch.length === 0) return;
		const ids = batch.map((p) => p.id);
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
		if (batch.length < batchSize) return;
	}
}
