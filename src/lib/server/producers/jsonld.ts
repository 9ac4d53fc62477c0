import type { ProducerDetails, ProductItem } from '$lib/contracts/producers/types';
import { listingJsonLd } from '$lib/server/geography/json-ld';

const absoluteUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : `https://${url}`);

/**
 * schema.org LocalBusiness for a producer (schema.org has no farm or home-producer type). Built from
 * the already public data only: the address and geo come from the PublicLocation, so a producer who
 * shows only the municipality has no street or coordinates here either.
 */
export function producerJsonLd(producer: ProducerDetails, products: readonly ProductItem[], pageUrl: string): Record<string, unknown> {
	const c = producer.contacts;
	const sameAs = [c.website, c.facebook, c.instagram].filter((x): x is string => !!x).map(absoluteUrl);
	return listingJsonLd({
		type: 'LocalBusiness',
		name: producer.name,
		description: producer.description,
		location: producer.location,
		contacts: { ...c, website: null }, // the page itself is the url; the website goes to sameAs
		extra: {
			url: pageUrl,
			...(sameAs.length ? { sameAs } : {}),
			...(products.length
				? {
						makesOffer: products.map((p) => ({
							'@type': 'Offer',
							itemOffered: { '@type': 'Product', name: p.name, ...(p.category ? { category: p.category } : {}) },
							...(p.priceCents !== null ? { price: (p.priceCents / 100).toFixed(2), priceCurrency: 'EUR' } : {})
						}))
					}
				: {})
		}
	});
}
