import { localized, localizedLang } from '$lib/domain/localized';
import { hoursView } from '$lib/domain/hours-view';
import type { ProducerDetails, ProductItem, SalesPointItem } from '$lib/contracts/producers/types';
import type { Db } from '$lib/server/db/types';
import { toPublicLocations } from '$lib/server/geography/public-locations';
import { listTerritoriesByIds } from '$lib/server/geography/territories-repository';
import { moldovanProducerAddress } from '$lib/server/geography/moldova-address';
import { listCategories } from '$lib/server/taxonomy/categories-repository';
import { contactsOf, listingHead } from '$lib/server/listings/listing-pages';
import { orderCategories, toChip } from './cards';
import { excerpt, initialOf } from './domain';
import { producerJsonLd } from './jsonld';
import {
	listCategoryLinks,
	listLabelsOfProducer,
	listOrganisationsOfProducer,
	listSalesPointsOfProducer
} from './producer-links-repository';
import { findPublishedProducer } from './producers-repository';
import { listProductsOfProducer } from './products-repository';
import { producerPhotos, productPhotos } from '$lib/server/images/queries';

export type ProducerPage = {
	/** For the claim form and ownership checks (the API carries the same id). */
	producerId: string;
	producer: ProducerDetails;
	products: ProductItem[];
	salesPoints: SalesPointItem[];
	labels: { slug: string; name: string; value: string | null }[];
	organisations: { slug: string; name: string }[];
	/** At most 160 characters of the description, for the meta description. */
	metaDescription: string;
	jsonLd: Record<string, unknown>;
};

/**
 * One published producer. Every location (the producer's and its sales points') passes through
 * publicLocation(); the stored address and coordinates stay in this function.
 * `pageUrl` is the absolute URL of the page, for JSON-LD.
 */
export async function producerPage(db: Db, slug: string, locale: string, now: Date, pageUrl: string): Promise<ProducerPage | null> {
	const row = await findPublishedProducer(db, slug);
	if (!row) return null;
	const [cats, links, productRows, labelRows, salesPointRows, organisations, [municipality]] = await Promise.all([
		listCategories(db),
		listCategoryLinks(db, [row.id]),
		listProductsOfProducer(db, row.id),
		listLabelsOfProducer(db, row.id),
		listSalesPointsOfProducer(db, row.id),
		listOrganisationsOfProducer(db, row.id),
		listTerritoriesByIds(db, [row.municipalityId])
	]);
	const [photos, photoOfProduct] = await Promise.all([producerPhotos(db, [row.id]), productPhotos(db, productRows.map((p) => p.id))]);
	const [regionRow] = municipality?.parentId ? await listTerritoriesByIds(db, [municipality.parentId]) : [];
	const [location, ...salesPointLocations] = await toPublicLocations(db, [row, ...salesPointRows], locale);
	const byId = new Map(cats.map((c) => [c.id, c]));
	// tags first; product categories fill in for a producer whose tags are incomplete
	const categories = orderCategories([...links.map((l) => l.categoryId), ...productRows.map((p) => p.categoryId)], byId);
	const head = listingHead(row, locale);

	const products: ProductItem[] = productRows.map((p) => ({
		name: localized(p.name, locale),
		nameLang: localizedLang(p.name, locale),
		category: p.categoryId === null ? '' : localized(byId.get(p.categoryId)?.name, locale),
		priceCents: p.priceCents,
		unit: p.unit,
		unitAmount: p.unitAmount === null ? null : Number(p.unitAmount),
		seasonFrom: p.seasonFrom,
		seasonTo: p.seasonTo,
		photo: photoOfProduct.get(p.id) ?? null
	}));
	const producer: ProducerDetails = {
		...head,
		foundedYear: row.foundedYear,
		contacts: contactsOf(row),
		avatar: { icon: categories[0]?.icon ?? '', initial: initialOf(row.name) },
		categories: categories.map((c) => toChip(c, locale)),
		location,
		region: regionRow?.kind === 'planning_region' ? { slug: regionRow.slug, name: localized(regionRow.name, locale) } : null,
		photos: photos.get(row.id) ?? [],
		postalAddress: moldovanProducerAddress(municipality, location, row.postalCode, locale)
	};
	return {
		producerId: row.id,
		producer,
		products,
		salesPoints: salesPointRows.map((sp, i) => ({
			slug: sp.slug,
			name: sp.name,
			kind: sp.kind,
			location: salesPointLocations[i],
			hours: hoursView(sp.openingHours, now),
			hoursNote: localized(sp.hoursNote, locale),
			hoursNoteLang: localizedLang(sp.hoursNote, locale),
			note: localized(sp.note, locale),
			noteLang: localizedLang(sp.note, locale)
		})),
		labels: labelRows.map((l) => ({ slug: l.slug, name: localized(l.name, locale), value: l.value })),
		organisations,
		metaDescription: excerpt(head.description),
		jsonLd: producerJsonLd(producer, products, pageUrl)
	};
}
