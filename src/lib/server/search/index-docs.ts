/**
 * The search documents of the directory tables, registered as document kinds (document-kinds.ts):
 * one per published producer, product, sales point, organisation and place.
 *
 * Relative imports only: the seed CLI (scripts/seed.ts) ends by calling reindexAll.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { organisationTerritories, organisations, places, producerCategories, producerLabels, producerSalesPoints, producers, products, salesPoints } from '../db/schema';
import type { Db } from '../db/types';
import { nameSortKey } from '../../text/collation';
import { listingColumns } from '../listings/listing-table';
import { mergeText, placeOf, rowDoc, texts, withParents, type Context, type SearchDocInput } from './index-context';

export async function producerDocs(db: Db, ctx: Context, ids?: readonly string[]): Promise<SearchDocInput[]> {
	if (ids && ids.length === 0) return [];
	const where = and(eq(producers.status, 'published'), ids ? inArray(producers.id, [...ids]) : undefined);
	const rows = await db
		.select({
			...listingColumns(producers),
			description: producers.description,
			externalId: producers.externalId,
			sortKey: producers.sortKey
		})
		.from(producers)
		.where(where);
	if (rows.length === 0) return [];
	const producerIds = rows.map((r) => r.id);
	// A full reindex reads the link tables whole: 100,000 ids in one IN (…) would pass PostgreSQL's
	// 65,535 bind-parameter limit. Rows of unpublished producers are simply never looked up below.
	const ofProducers = (column: Parameters<typeof inArray>[0]) => (ids ? inArray(column, producerIds) : undefined);
	const [prods, cats, labels, hours] = await Promise.all([
		db
			.select({ id: products.id, producerId: products.producerId, name: products.name, description: products.description, categoryId: products.categoryId })
			.from(products)
			.where(ofProducers(products.producerId)),
		db.select({ producerId: producerCategories.producerId, categoryId: producerCategories.categoryId }).from(producerCategories).where(ofProducers(producerCategories.producerId)),
		db.select({ producerId: producerLabels.producerId, labelId: producerLabels.labelId }).from(producerLabels).where(ofProducers(producerLabels.producerId)),
		db
			.select({ producerId: producerSalesPoints.producerId, hours: salesPoints.openingHours })
			.from(producerSalesPoints)
			.innerJoin(salesPoints, eq(salesPoints.id, producerSalesPoints.salesPointId))
			.where(and(ofProducers(producerSalesPoints.producerId), eq(salesPoints.status, 'published')))
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
		const own = prodsBy.get(r.id) ?? [];
		const categoryIds = withParents([...(catsBy.get(r.id) ?? []).map((c) => c.categoryId), ...own.map((p) => p.categoryId)], ctx);
		const labelIds = [...new Set((labelsBy.get(r.id) ?? []).map((l) => l.labelId))].sort((a, b) => a - b);
		const spHours = [...new Set((hoursBy.get(r.id) ?? []).map((h) => h.hours).filter(Boolean))];
		const common = { ...rowDoc('producer', r, placeOf(r, ctx)), producerId: r.id, externalId: r.externalId, labelIds, hours: spHours };
		docs.push({ ...common, altNames: [], body: r.description, categoryIds });
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

export async function salesPointDocs(db: Db, ctx: Context, ids?: readonly string[]): Promise<SearchDocInput[]> {
	if (ids && ids.length === 0) return [];
	const rows = await db
		.select({
			...listingColumns(salesPoints),
			description: salesPoints.description,
			hoursNote: salesPoints.hoursNote,
			openingHours: salesPoints.openingHours,
			sortKey: salesPoints.sortKey
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
		...rowDoc('sales_point', r, placeOf(r, ctx)),
		altNames: [],
		body: mergeText(r.description, r.hoursNote),
		categoryIds: withParents(links.filter((l) => l.salesPointId === r.id).map((l) => l.categoryId), ctx),
		labelIds: [],
		hours: r.openingHours ? [r.openingHours] : []
	}));
}

export async function organisationDocs(db: Db, ctx: Context, ids?: readonly string[]): Promise<SearchDocInput[]> {
	if (ids && ids.length === 0) return [];
	const rows = await db
		.select({
			...listingColumns(organisations),
			legalName: organisations.legalName,
			description: organisations.description,
			officeHours: organisations.officeHours,
			sortKey: organisations.sortKey
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
			...rowDoc('organisation', r, place),
			altNames: r.legalName ? [r.legalName] : [],
			body: r.description,
			municipalityIds: [...muns].sort((a, b) => a - b),
			regionIds: [...regions].sort((a, b) => a - b),
			categoryIds: [],
			labelIds: [],
			hours: r.officeHours ? [r.officeHours] : []
		};
	});
}

export async function placeDocs(db: Db, ctx: Context, ids?: readonly string[]): Promise<SearchDocInput[]> {
	if (ids && ids.length === 0) return [];
	const rows = await db
		.select({
			...listingColumns(places),
			description: places.description,
			operatorName: places.operatorName,
			operatorOrg: organisations.name,
			openingHours: places.openingHours,
			sortKey: places.sortKey
		})
		.from(places)
		.leftJoin(organisations, and(eq(organisations.id, places.operatorId), eq(organisations.status, 'published')))
		.where(and(eq(places.status, 'published'), ids ? inArray(places.id, [...ids]) : undefined));
	return rows.map((r) => ({
		...rowDoc('place', r, placeOf(r, ctx)),
		altNames: [r.operatorName, r.operatorOrg].filter((n): n is string => !!n),
		body: r.description,
		categoryIds: [],
		labelIds: [],
		hours: r.openingHours ? [r.openingHours] : []
	}));
}
