/**
 * Loads the Moldovan demo listings (moldova-data.ts, issue 19) after the Latvian ones. Every row is
 * `is_demo`, so seedDemo's first step (delete every demo producer and organisation) removes an
 * earlier run's rows and two runs give identical rows. Relative imports: the seed CLI loads it.
 */
import { eq, max } from 'drizzle-orm';
import { foldText } from '../../text/fold';
import { nameSortKey } from '../../text/collation';
import { categories, organisationProducers, organisationTerritories, organisations, producerCategories, producerSalesPoints, producers, products, projectPartners, projects, salesPoints, territories } from '../db/schema';
import type { Db } from '../db/types';
import { cleanPhone } from '../../forms/contact';
import { BASE_DATE, DAY } from './build-shared';
import { MD_ORGANISATIONS, MD_PRODUCERS, MD_SALES_POINTS, type MdPlace } from './moldova-data';
import { seedUuid } from './prng';
import { isMoldovanMunicipality } from '../geography/municipal-kinds';

type Located = { municipalityId: number; localityId: number | null; lat: number | null; lng: number | null; precision: 'exact' | 'locality' };

/** Rows inserted per table, added to seedDemo's summary. */
export type MoldovaSummary = {
	producers: number;
	products: number;
	producerCategories: number;
	salesPoints: number;
	producerSalesPoints: number;
	organisations: number;
	organisationTerritories: number;
	organisationProducers: number;
};

/** The seed's LV–MD cooperation project (events/demo-data.ts DEMO_PROJECTS.lvmd): the demo LAGs join its partners. */
const LVMD_PROJECT = 'atbalsts-moldovas-regionu-izaugsmei';

export async function seedMoldovaDemo(db: Db): Promise<MoldovaSummary> {
	const n: MoldovaSummary = { producers: 0, products: 0, producerCategories: 0, salesPoints: 0, producerSalesPoints: 0, organisations: 0, organisationTerritories: 0, organisationProducers: 0 };
	const terr = await db.select({ id: territories.id, kind: territories.kind, slug: territories.slug, parentId: territories.parentId }).from(territories).where(eq(territories.countryCode, 'MD'));
	const cats = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
	const raionOf = (slug: string) => {
		const t = terr.find((x) => x.slug === slug && isMoldovanMunicipality(x));
		if (!t) throw new Error(`Moldovan seed: no raion or municipiu "${slug}" (migrations 0001, 0042)`);
		return t;
	};
	const place = (p: MdPlace): Located => {
		const raion = raionOf(p.raion);
		const locality = p.locality ? terr.find((x) => x.slug === p.locality && x.parentId === raion.id) : undefined;
		if (p.locality && !locality) throw new Error(`Moldovan seed: no locality "${p.locality}" in "${p.raion}"`);
		// a street address is shown only with its house point; without one the page names the locality
		const exact = !!p.address && p.lat !== undefined;
		return { municipalityId: raion.id, localityId: locality?.id ?? null, lat: exact ? p.lat! : null, lng: exact ? p.lng! : null, precision: exact ? 'exact' : 'locality' };
	};
	const phone = (text: string) => {
		const clean = cleanPhone(text);
		if (!clean) throw new Error(`Moldovan seed: phone "${text}" is not a Moldovan number`);
		return clean;
	};

	await db.transaction(async (tx) => {
		for (const [i, p] of MD_PRODUCERS.entries()) {
			// published before the Latvian demo producers: the home page's newest stay as the browser tests know them
			const at = new Date(BASE_DATE.getTime() - (60 - i) * DAY);
			const loc = place(p);
			const id = seedUuid(`md-producer:${p.slug}`);
			await tx.insert(producers).values({
				id,
				slug: p.slug,
				name: p.name,
				kind: p.kind,
				description: p.description,
				municipalityId: loc.municipalityId,
				localityId: loc.localityId,
				address: loc.precision === 'exact' ? (p.address ?? null) : null,
				postalCode: p.post ?? null,
				lat: loc.lat,
				lng: loc.lng,
				locationPrecision: loc.precision,
				phone: phone(p.phone),
				email: p.email,
				foundedYear: p.year,
				status: 'published',
				isDemo: true,
				sortKey: nameSortKey(p.name),
				searchText: foldText(p.name),
				publishedAt: at,
				createdAt: at,
				updatedAt: at
			});
			n.producers++;
			const categoryIds = new Set<number>();
			for (const [j, product] of p.products.entries()) {
				const category = cats.find((c) => c.slug === product.category);
				if (!category) throw new Error(`Moldovan seed: unknown category "${product.category}"`);
				categoryIds.add(category.id);
				await tx.insert(products).values({
					id: seedUuid(`md-product:${p.slug}:${j}`),
					producerId: id,
					name: product.name,
					categoryId: category.id,
					sortOrder: (j + 1) * 10,
					searchText: foldText(Object.values(product.name).join(' ')),
					createdAt: at,
					updatedAt: at
				});
				n.products++;
			}
			for (const categoryId of categoryIds) await tx.insert(producerCategories).values({ producerId: id, categoryId });
			n.producerCategories += categoryIds.size;
		}
		for (const [i, sp] of MD_SALES_POINTS.entries()) {
			const at = new Date(BASE_DATE.getTime() - (50 - i) * DAY);
			const loc = place(sp);
			const id = seedUuid(`md-sales-point:${sp.slug}`);
			await tx.insert(salesPoints).values({
				id,
				slug: sp.slug,
				name: sp.name,
				kind: 'market',
				municipalityId: loc.municipalityId,
				localityId: loc.localityId,
				address: sp.address ?? null,
				postalCode: sp.post ?? null,
				lat: loc.lat,
				lng: loc.lng,
				locationPrecision: loc.precision,
				openingHours: sp.hours,
				hoursNote: sp.note,
				status: 'published',
				isDemo: true,
				sortKey: nameSortKey(sp.name),
				searchText: foldText(sp.name),
				createdAt: at,
				updatedAt: at
			});
			n.salesPoints++;
			for (const slug of sp.producers) await tx.insert(producerSalesPoints).values({ producerId: seedUuid(`md-producer:${slug}`), salesPointId: id });
			n.producerSalesPoints += sp.producers.length;
		}
		for (const [i, o] of MD_ORGANISATIONS.entries()) {
			const at = new Date(BASE_DATE.getTime() - (40 - i) * DAY);
			const loc = place(o);
			const id = seedUuid(`md-organisation:${o.slug}`);
			await tx.insert(organisations).values({
				id,
				slug: o.slug,
				name: o.name,
				kind: o.kind,
				description: o.description,
				municipalityId: loc.municipalityId,
				localityId: loc.localityId,
				address: o.address ?? null,
				postalCode: o.post ?? null,
				locationPrecision: o.locality ? 'locality' : 'exact',
				phone: phone(o.phone),
				email: o.email,
				status: 'published',
				isDemo: true,
				sortKey: nameSortKey(o.name),
				searchText: foldText(o.name),
				createdAt: at,
				updatedAt: at
			});
			n.organisations++;
			for (const slug of o.covers) await tx.insert(organisationTerritories).values({ organisationId: id, territoryId: raionOf(slug).id });
			for (const slug of o.supports) await tx.insert(organisationProducers).values({ organisationId: id, producerId: seedUuid(`md-producer:${slug}`) });
			n.organisationTerritories += o.covers.length;
			n.organisationProducers += o.supports.length;
		}
		const [project] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.slug, LVMD_PROJECT));
		if (project) {
			const [{ last }] = await tx.select({ last: max(projectPartners.position) }).from(projectPartners).where(eq(projectPartners.projectId, project.id));
			const lags = MD_ORGANISATIONS.filter((o) => o.kind === 'lag');
			for (const [i, o] of lags.entries()) {
				await tx.insert(projectPartners).values({ projectId: project.id, position: Number(last ?? 0) + i + 1, role: 'partner', organisationId: seedUuid(`md-organisation:${o.slug}`), name: o.name, country: 'MD' });
			}
		}
	});
	return n;
}
