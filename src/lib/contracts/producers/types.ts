/**
 * What the producer pages receive from the server. Locations are PublicLocation results only,
 * never the stored address or coordinates; texts are already localized (with the language they are in).
 */
import type { HoursView } from '$lib/domain/hours-view';
import type { PublicLocation } from '$lib/domain/public-location';
import type { ImageRef } from '$lib/contracts/images/types';

export type CategoryChip = { slug: string; name: string; icon: string };

export type ProducerCardData = {
	slug: string;
	name: string;
	kind: string;
	isDemo: boolean;
	municipality: string;
	/** Only when the producer shows at least its locality. */
	locality: string | null;
	categories: CategoryChip[];
	products: { name: string; lang: string }[];
	/** The first profile photo; cards fall back to the category emoji / initial. */
	photo?: ImageRef | null;
};

export type CategoryNode = { slug: string; name: string; icon: string; count: number; children: CategoryNode[] };

export type RegionLink = { slug: string; name: string; count: number };

export type Option = { value: string; label: string };

export type DirectorySelection = {
	category: string;
	region: string;
	municipality: string;
	kind: string;
	label: string;
	sort: 'name' | 'newest';
};

export type DirectoryOptions = {
	/** Top-level categories and their children (depth 1), in the curators' order. */
	categories: (Option & { depth: 0 | 1 })[];
	regions: Option[];
	municipalityGroups: { label: string; options: Option[] }[];
	kinds: string[];
	labels: Option[];
};

export type ProductItem = {
	name: string;
	nameLang: string;
	category: string;
	priceCents: number | null;
	unit: string | null;
	unitAmount: number | null;
	seasonFrom: number | null;
	seasonTo: number | null;
	photo?: ImageRef | null;
};

export type SalesPointItem = {
	slug: string;
	name: string;
	kind: string;
	location: PublicLocation;
	hours: HoursView | null;
	hoursNote: string;
	hoursNoteLang: string;
	note: string;
	noteLang: string;
};

export type ProducerDetails = {
	slug: string;
	name: string;
	kind: string;
	isDemo: boolean;
	description: string;
	descriptionLang: string;
	foundedYear: number | null;
	contacts: { phone: string | null; email: string | null; website: string | null; facebook: string | null; instagram: string | null };
	avatar: { icon: string; initial: string };
	categories: CategoryChip[];
	location: PublicLocation;
	region: { slug: string; name: string } | null;
	photos?: ImageRef[];
	/** A Moldovan producer's full address (street, locality, raion, MD-xxxx), only with exact precision. */
	postalAddress?: string | null;
};
