/**
 * Loads the Moldovan demo listings (moldova-data.ts, issue 19) after the Latvian ones. Every row is
 * `is_demo`, so seedDemo's first step (delete every demo producer and organisation) removes an
 * earlier run's rows and two runs give identical rows. Relative imports: the seed CLI loads it.
 */
import { eq, max } from 'drizzle-orm';
import { foldText } from '../../text/fold';
import { nameSortKey } from '../../text/collation';
import { categories, organisationProducers, organisationTerritories, organisations, producerCategories, producerSalesPoints, producers, products, projectPartners, projects, salesPoints, territories } from '../db/schema';
import { toNumber, type Db } from '../db/types';
import { cleanPhone } from '../../forms/contact';
import { BASE_DATE, DAY, type ProducerRow, type SeedRows } from './build-shared';
import { MD_ORGANISATIONS, MD_PRODUCERS, MD_SALES_POINTS, postcodeOf, type MdPlace } from './moldova-data';
import { seedUuid } from './prng';
import type { Precision } from './types';
import { isMoldovanMunicipality } from '../geography/municipal-kinds';

type MoldovaRows = Omit<SeedRows, 'producerLabels' | 'places'>;
/** Rows inserted per table, added to seedDemo's summary. */
export type MoldovaSummary = { [K in keyof MoldovaRows]: number };
type Territory = { id: number; kind: string; slug: string; parentId: number | null };

/** The seed's LV–MD cooperation project (events/demo-data.ts DEMO_PROJECTS.lvmd): the demo LAGs join its partners. */
const LVMD_PROJECT = 'atbalsts-moldovas-regionu-izaugsmei';
/**
 * Day offsets from BASE_DATE (build-shared.ts: demo dates lie between BASE_DATE and END_DATE): the
 * first weeks of the demo period, older than every Latvian producer the home page lists as newest.
 */
const FROM_DAY = { producers: 1, salesPoints: 11, organisations: 21 };
const dayOf = (n: number) => new Date(BASE_DATE.getTime() + n * DAY);

/** Builds every Moldovan row from the data and the Moldovan territories (the seed's SeedRows shape). */
export function buildMoldovaRows(terr: readonly Territory[], cats: readonly { id: number; slug: string }[]): MoldovaRows {
	const rows: MoldovaRows = { producers: [], products: [], producerCategories: [], salesPoints: [], producerSalesPoints: [], organisations: [], organisationTerritories: [], organisationProducers: [] };
	const raionOf = (slug: string) => {
		const t = terr.find((x) => x.slug === slug && isMoldovanMunicipality(x));
		if (!t) throw new Error(`Moldovan seed: no raion or municipiu "${slug}" (migrations 0001, 0042)`);
		return t;
	};
	/** One rule for every listing: a street address with its house point is exact, else the locality, else the raion. */
	const place = (p: MdPlace) => {
		const raion = raionOf(p.raion);
		const locality = p.locality ? terr.find((x) => x.slug === p.locality && x.parentId === raion.id) : undefined;
		if (p.locality && !locality) throw new Error(`Moldovan seed: no locality "${p.locality}" in "${p.raion}"`);
		const exact = !!p.address && p.lat !== undefined && p.lng !== undefined;
		const precision: Precision = exact ? 'exact' : locality ? 'locality' : 'municipality';
		return {
			municipalityId: raion.id,
			localityId: locality?.id ?? null,
			address: p.address ?? null,
			postalCode: postcodeOf(p),
			lat: exact ? p.lat! : null,
			lng: exact ? p.lng! : null,
			locationPrecision: precision
		};
	};
	const phone = (text: string) => {
		const clean = cleanPhone(text);
		if (!clean) throw new Error(`Moldovan seed: phone "${text}" is not a Moldovan number`);
		return clean;
	};
	const named = (name: string) => ({ sortKey: nameSortKey(name), searchText: foldText(name), status: 'published' as const, isDemo: true });

	for (const [i, p] of MD_PRODUCERS.entries()) {
		const at = dayOf(FROM_DAY.producers + i);
		const id = seedUuid(`md-producer:${p.slug}`);
		const row: ProducerRow = { id, slug: p.slug, name: p.name, kind: p.kind, description: p.description, ...place(p), phone: phone(p.phone), email: p.email, foundedYear: p.year, ...named(p.name), publishedAt: at, createdAt: at, updatedAt: at };
		rows.producers.push(row);
		const categoryIds = new Set<number>();
		for (const [j, product] of p.products.entries()) {
			const category = cats.find((c) => c.slug === product.category);
			if (!category) throw new Error(`Moldovan seed: unknown category "${product.category}"`);
			categoryIds.add(category.id);
			rows.products.push({ id: seedUuid(`md-product:${p.slug}:${j}`), producerId: id, name: product.name, categoryId: category.id, sortOrder: (j + 1) * 10, searchText: foldText(Object.values(product.name).join(' ')), createdAt: at, updatedAt: at });
		}
		for (const categoryId of categoryIds) rows.producerCategories.push({ producerId: id, categoryId });
	}
	for (const [i, sp] of MD_SALES_POINTS.entries()) {
		const at = dayOf(FROM_DAY.salesPoints + i);
		const id = seedUuid(`md-sales-point:${sp.slug}`);
		rows.salesPoints.push({ id, slug: sp.slug, name: sp.name, kind: 'market', ...place(sp), openingHours: sp.hours, hoursNote: sp.note, ...named(sp.name), createdAt: at, updatedAt: at });
		for (const slug of sp.producers) rows.producerSalesPoints.push({ producerId: seedUuid(`md-producer:${slug}`), salesPointId: id });
	}
	for (const [i, o] of MD_ORGANISATIONS.entries()) {
		const at = dayOf(FROM_DAY.organisations + i);
		const id = seedUuid(`md-organisation:${o.slug}`);
		rows.organisations.push({ id, slug: o.slug, name: o.name, kind: o.kind, description: o.description, ...place(o), phone: phone(o.phone), email: o.email, ...named(o.name), createdAt: at, updatedAt: at });
		for (const slug of o.covers) rows.organisationTerritories.push({ organisationId: id, territoryId: raionOf(slug).id });
		for (const slug of o.supports) rows.organisationProducers.push({ organisationId: id, producerId: seedUuid(`md-producer:${slug}`) });
	}
	return rows;
}

export async function seedMoldovaDemo(db: Db): Promise<MoldovaSummary> {
	const terr = await db.select({ id: territories.id, kind: territories.kind, slug: territories.slug, parentId: territories.parentId }).from(territories).where(eq(territories.countryCode, 'MD'));
	const cats = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
	const rows = buildMoldovaRows(terr, cats);
	await db.transaction(async (tx) => {
		// a few dozen rows: one insert per table, in the order the foreign keys need
		if (rows.producers.length) await tx.insert(producers).values(rows.producers);
		if (rows.products.length) await tx.insert(products).values(rows.products);
		if (rows.producerCategories.length) await tx.insert(producerCategories).values(rows.producerCategories);
		if (rows.salesPoints.length) await tx.insert(salesPoints).values(rows.salesPoints);
		if (rows.producerSalesPoints.length) await tx.insert(producerSalesPoints).values(rows.producerSalesPoints);
		if (rows.organisations.length) await tx.insert(organisations).values(rows.organisations);
		if (rows.organisationTerritories.length) await tx.insert(organisationTerritories).values(rows.organisationTerritories);
		if (rows.organisationProducers.length) await tx.insert(organisationProducers).values(rows.organisationProducers);
		const [project] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.slug, LVMD_PROJECT));
		if (project) {
			const [{ last }] = await tx.select({ last: max(projectPartners.position) }).from(projectPartners).where(eq(projectPartners.projectId, project.id));
			const lags = MD_ORGANISATIONS.filter((o) => o.kind === 'lag');
			for (const [i, o] of lags.entries()) {
				await tx.insert(projectPartners).values({ projectId: project.id, position: toNumber(last) + i + 1, role: 'partner', organisationId: seedUuid(`md-organisation:${o.slug}`), name: o.name, country: 'MD' });
			}
		}
	});
	return Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length])) as MoldovaSummary;
}
