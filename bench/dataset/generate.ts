// Synthetic but realistic Latvian dataset for the search benchmark (bench/search.mjs).
//
//   DATA_DIR=/tmp/tuvuma-10k npx tsx bench/dataset/generate.ts --producers 10000
//   DATABASE_URL=postgres://…/tuvuma_bench npx tsx bench/dataset/generate.ts            (100,000)
//
// N producers (default 100,000) with 10 products each on average, N/10 sales points, spread over
// every municipality and its towns, parishes and villages (read from the migrated database), with
// Latvian product words × modifiers, homestead / surname producer names, all location precisions,
// categories consistent with the products, labels, opening hours. Every row is is_demo = true and
// published. The target database must hold no producers yet (use a fresh folder / database).
// Inserts are multi-row INSERTs in big batches inside one transaction; then the app's own
// reindexAll(db) builds the search index. Each phase's time is printed. Deterministic (fixed seed).
import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { openDb } from '../../src/lib/server/db/client';
import { migrate } from '../../src/lib/server/db/migrate';
import {
	categories,
	labels,
	producerCategories,
	producerLabels,
	producerSalesPoints,
	producers,
	products,
	salesPoints,
	searchDocuments,
	territories
} from '../../src/lib/server/db/schema';
import { reindex, reindexAll } from '../../src/lib/server/search/indexer';
import { seedHours } from '../../src/lib/server/seed/hours';
import { seedUuid } from '../../src/lib/server/seed/prng';
import { loadTerritories, type Territory } from '../../src/lib/server/seed/territories';
import { nameSortKey } from '../../src/lib/text/collation';
import { foldText } from '../../src/lib/text/fold';
import { slugify } from '../../src/lib/text/slug';
import { chance, int, N, offset, pick, rng } from './random';
import { HOMESTEAD_SUFFIX, producerName, productFor, RELATED, ROOTS, specialty, type Tmpl } from './vocabulary';

const t0 = performance.now();
let tPhase = t0;
function phase(label: string) {
	const now = performance.now();
	console.log(`${label.padEnd(34)} ${((now - tPhase) / 1000).toFixed(1).padStart(7)} s`);
	tPhase = now;
}

// ---------------------------------------------------------------- main
const handle = process.env.DATABASE_URL
	? await openDb({ databaseUrl: process.env.DATABASE_URL })
	: await openDb({ dataDir: process.env.DATA_DIR ?? './data', purpose: 'bench dataset' });
const { db } = handle;
console.log(`Generating ${N.toLocaleString('en')} producers into ${handle.kind === 'postgres' ? 'PostgreSQL' : `PGlite ${process.env.DATA_DIR}`}`);
try {
	await migrate(handle);
	phase('migrate');
	const [{ n: existing }] = (await db.select({ n: sql<number>`count(*)::int` }).from(producers)) as { n: number }[];
	if (Number(existing) > 0) throw new Error(`The database already holds ${existing} producers: use a fresh DATA_DIR / database`);

	const index = await loadTerritories(db);
	const all: Territory[] = (await db.select({ id: territories.id }).from(territories).where(eq(territories.countryCode, 'LV'))).map((r) => index.get(r.id)!);
	const municipalities = all.filter((t) => t.kind === 'municipality');
	const localitiesOf = new Map<number, Territory[]>(municipalities.map((m) => [m.id, []]));
	for (const t of all) if (t.kind === 'town' || t.kind === 'parish' || t.kind === 'village') localitiesOf.get(index.municipalityOf(t)?.id ?? -1)?.push(t);
	const cats = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
	const catId = new Map(cats.map((c) => [c.slug, c.id]));
	const labelRows = await db.select({ id: labels.id, slug: labels.slug, hasValue: labels.hasValue }).from(labels);
	console.log(`  ${municipalities.length} municipalities, ${[...localitiesOf.values()].reduce((s, l) => s + l.length, 0)} localities, ${cats.length} categories, ${labelRows.length} labels`);

	const producerRows: (typeof producers.$inferInsert)[] = [];
	const productRows: (typeof products.$inferInsert)[] = [];
	const pcRows: (typeof producerCategories.$inferInsert)[] = [];
	const plRows: (typeof producerLabels.$inferInsert)[] = [];
	const spRows: (typeof salesPoints.$inferInsert)[] = [];
	const pspRows: (typeof producerSalesPoints.$inferInsert)[] = [];
	const slugs = new Set<string>();
	const nextSuffix = new Map<string, number>();
	const unique = (base: string) => {
		let s = base || 'x';
		for (let k = nextSuffix.get(base) ?? 2; slugs.has(s); k++) {
			s = `${base}-${k}`;
			nextSuffix.set(base, k + 1);
		}
		slugs.add(s);
		return s;
	};
	const producersByMun = new Map<number, { id: string; name: string; row: (typeof producers.$inferInsert) }[]>();
	const start = new Date('2024-01-01T09:00:00Z').getTime();
	const span = new Date('2026-10-31T18:00:00Z').getTime() - start;

	for (let i = 0; i < N; i++) {
		const mun = pick(municipalities);
		const locs = localitiesOf.get(mun.id) ?? [];
		const loc = locs.length && chance(0.85) ? pick(locs) : undefined;
		const centre = index.centre(loc ?? mun) ?? { lat: 56.95, lng: 24.1 };
		const spec = specialty();
		const { name, kind } = producerName(spec);
		const slug = unique(slugify(name.replace(/^(Z\/S|SIA|IK)\s+/, '')));
		const id = seedUuid(`bench-producer:${i}`);
		const inTown = loc?.kind === 'town';
		const point = offset(centre, inTown ? 0.2 : 1.5, inTown ? 1.2 : 6);
		const precision = kind === 'home_producer' || kind === 'craftsman' ? (chance(0.5) ? 'locality' : chance(0.5) ? 'municipality' : 'exact') : chance(0.8) ? 'exact' : 'locality';
		const createdAt = new Date(start + Math.floor(rng() * span));
		const publishedAt = new Date(createdAt.getTime() + int(1, 9) * 86_400_000);
		const nProducts = int(3, 17);
		const related = RELATED[spec];
		const own: Tmpl[] = [];
		const names = new Set<string>();
		for (let j = 0; own.length < nProducts && j < nProducts * 4; j++) {
			const t = productFor(chance(0.7) ? spec : pick(related));
			if (names.has(t.lv)) continue;
			names.add(t.lv);
			own.push(t);
		}
		const ownCats = new Set<number>();
		own.forEach((t, j) => {
			const categoryId = catId.get(t.cat)!;
			ownCats.add(categoryId);
			const name = { lv: t.lv, ...(t.en && { en: t.en }) };
			productRows.push({
				id: seedUuid(`bench-product:${i}:${j}`),
				producerId: id,
				name,
				description: null,
				categoryId,
				priceCents: t.price && chance(0.86) ? Math.round((t.price * (0.85 + rng() * 0.3)) / 10) * 10 : null,
				unit: t.unit ?? null,
				unitAmount: t.amount === undefined ? null : String(t.amount),
				seasonFrom: t.season?.[0] ?? null,
				seasonTo: t.season?.[1] ?? null,
				sortOrder: (j + 1) * 10,
				searchText: foldText(Object.values(name).join(' ')),
				createdAt,
				updatedAt: createdAt
			});
		});
		for (const categoryId of ownCats) pcRows.push({ producerId: id, categoryId });
		for (const l of labelRows) if (chance(0.12)) plRows.push({ producerId: id, labelId: l.id, value: l.hasValue ? `LV${String(int(0, 99_999)).padStart(5, '0')}` : null });
		const sample = own.slice(0, 3).map((t) => t.lv.toLowerCase());
		const place = (loc ?? mun).name.lv;
		const row: typeof producers.$inferInsert = {
			id,
			slug,
			name,
			kind,
			description: {
				lv: `${kind === 'farm' ? 'Ģimenes saimniecība' : kind === 'craftsman' ? 'Amatnieka darbnīca' : 'Mājražotājs'} ${place}. Piedāvājam ${sample.join(', ')}. Pasūtījumus var saņemt uz vietas vai tirgū.`,
				en: `A ${kind.replace('_', ' ')} near ${place}.`
			},
			municipalityId: mun.id,
			localityId: loc?.id ?? null,
			address: precision === 'exact' ? `${pick(ROOTS)}${pick(HOMESTEAD_SUFFIX)}, ${place}` : null,
			postalCode: precision === 'exact' ? `LV-${int(1001, 5799)}` : null,
			lat: point.lat,
			lng: point.lng,
			locationPrecision: precision,
			phone: `+371 2${String(i).padStart(7, '0')}`,
			email: `${slug}@example.lv`,
			website: chance(0.3) ? `https://example.lv/${slug}` : null,
			facebook: chance(0.4) ? `https://facebook.com/example-${slug}` : null,
			instagram: null,
			foundedYear: chance(0.6) ? int(1992, 2025) : null,
			status: 'published',
			isDemo: true,
			externalId: null,
			sortKey: nameSortKey(name),
			searchText: foldText(name),
			publishedAt,
			createdAt,
			updatedAt: publishedAt
		};
		producerRows.push(row);
		const list = producersByMun.get(mun.id) ?? [];
		list.push({ id, name, row });
		producersByMun.set(mun.id, list);
	}

	// sales points: N/10, linked to producers of the same municipality
	const HOURS = ['Mo-Fr 10:00-18:00; Sa 10:00-15:00', 'Sa 08:00-13:00', 'Tu-Sa 09:00-17:00', 'Mo-Su 08:00-20:00', 'We,Sa 07:00-14:00', 'May-Sep Sa 08:00-13:00', ''];
	const spKinds = ['market', 'farm_gate', 'shop', 'e_shop', 'fair', 'producers_shop'] as const;
	const spWeights = [15, 30, 20, 10, 10, 15];
	const nSp = Math.max(1, Math.round(N / 10));
	for (let i = 0; i < nSp; i++) {
		let x = rng() * 100;
		let kind: (typeof spKinds)[number] = 'shop';
		for (let k = 0; k < spKinds.length; k++) if ((x -= spWeights[k]) < 0) { kind = spKinds[k]; break; }
		const mun = municipalities[i % municipalities.length];
		const locs = (localitiesOf.get(mun.id) ?? []).filter((l) => l.kind === 'town' || l.kind === 'village');
		const loc = locs.length && chance(0.8) ? pick(locs) : undefined;
		const placeName = (loc ?? mun).name.lv.replace(/ novads$/, '');
		const local = producersByMun.get(mun.id) ?? [];
		const farm = kind === 'farm_gate' && local.length ? pick(local) : undefined;
		const name =
			kind === 'market' ? `${placeName} ${pick(['tirgus', 'zemnieku tirgus', 'mājražotāju tirdziņš'])}`
			: kind === 'fair' ? `${placeName} ${pick(['gadatirgus', 'Jāņu tirdziņš', 'rudens gadatirgus'])}`
			: kind === 'producers_shop' ? `${placeName} ${pick(['mājražotāju veikaliņš', 'lauku labumu bode'])}`
			: kind === 'e_shop' ? `${pick(ROOTS)}${pick(HOMESTEAD_SUFFIX)}.lv e-veikals`
			: farm ? `${farm.name.replace(/^Z\/S |^SIA |^IK /, '').replace(/"/g, '')} sēta`
			: `"${pick(ROOTS)}${pick(HOMESTEAD_SUFFIX)}" lauku labumu veikals`;
		const slug = unique(slugify(name));
		const centre = index.centre(loc ?? mun) ?? { lat: 56.95, lng: 24.1 };
		const p = farm ? { lat: farm.row.lat!, lng: farm.row.lng! } : offset(centre, 0.1, 0.8);
		const id = seedUuid(`bench-sales-point:${i}`);
		const eShop = kind === 'e_shop';
		spRows.push({
			id,
			slug,
			name,
			kind,
			description: { lv: `${name} — vietējie produkti no ${placeName} apkaimes.` },
			municipalityId: mun.id,
			localityId: eShop ? null : (farm?.row.localityId ?? loc?.id ?? null),
			address: eShop ? null : `${pick(['Tirgus', 'Rīgas', 'Skolas', 'Brīvības', 'Dārza'])} iela ${int(1, 60)}`,
			postalCode: null,
			lat: eShop ? null : p.lat,
			lng: eShop ? null : p.lng,
			locationPrecision: eShop ? 'municipality' : farm ? farm.row.locationPrecision : 'exact',
			phone: null,
			email: null,
			website: eShop ? `https://example.lv/${slug}` : null,
			facebook: null,
			instagram: null,
			openingHours: eShop ? '' : seedHours(pick(HOURS) || undefined),
			hoursNote: null,
			status: 'published',
			isDemo: true,
			sortKey: nameSortKey(name),
			searchText: foldText(name)
		});
		const linked = new Set<string>();
		if (farm) linked.add(farm.id);
		const nLinks = kind === 'farm_gate' ? 0 : eShop ? int(1, 5) : int(5, 20);
		for (let k = 0; k < nLinks && local.length; k++) linked.add(pick(local).id);
		for (const producerId of linked) pspRows.push({ producerId, salesPointId: id, note: null });
	}
	phase('build rows (in memory)');
	console.log(`  ${producerRows.length} producers, ${productRows.length} products, ${spRows.length} sales points, ${pcRows.length} producer categories, ${plRows.length} labels, ${pspRows.length} producer–sales point links`);

	await db.transaction(async (tx) => {
		const insert = async (table: PgTable, rows: Record<string, unknown>[], label: string) => {
			const cols = Math.max(1, Object.keys(rows[0] ?? {}).length);
			const batch = Math.max(100, Math.floor(30_000 / cols)); // stay far below the 65,535 bind parameters
			for (let i = 0; i < rows.length; i += batch) await tx.insert(table).values(rows.slice(i, i + batch));
			phase(`insert ${label} (${rows.length})`);
		};
		await insert(producers, producerRows, 'producers');
		await insert(products, productRows, 'products');
		await insert(producerCategories, pcRows, 'producer_categories');
		await insert(producerLabels, plRows, 'producer_labels');
		await insert(salesPoints, spRows, 'sales_points');
		await insert(producerSalesPoints, pspRows, 'producer_sales_points');
	});
	phase('commit');
	if (handle.kind === 'postgres') {
		await db.execute(sql`analyze`);
		phase('analyze');
	}
	// --no-index: rows only; build the index later with bench/dataset/reindex.ts
	if (process.argv.includes('--no-index')) console.log('search index not built (--no-index)');
	else try {
		const docs = await reindexAll(db);
		phase(`reindexAll (${docs} documents)`);
	} catch (e) {
		// reindexAll loads every producer's products with one IN (…) list: beyond 65,535 ids the
		// driver refuses it. Fall back to the app's own incremental reindex, in chunks (term
		// document counts are then the largest per chunk, not the total: a small ranking difference).
		phase(`reindexAll FAILED: ${String((e as Error).message).slice(0, 120)}`);
		const CHUNK = Number(process.env.BENCH_REINDEX_CHUNK ?? 5000);
		for (let i = 0; i < producerRows.length; i += CHUNK) {
			await reindex(db, { producerIds: producerRows.slice(i, i + CHUNK).map((p) => p.id!) });
		}
		phase(`reindex() in chunks of ${CHUNK} (fallback)`);
		const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(searchDocuments)) as { n: number }[];
		console.log(`  ${n} documents`);
	}
	if (handle.kind === 'postgres') {
		await db.execute(sql`analyze`);
		phase('analyze');
	}
	console.log(`${'total'.padEnd(34)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(7)} s`);
} finally {
	await handle.close();
}
