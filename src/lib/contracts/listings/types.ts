/**
 * Shapes of the public listing data the server sends to the pages. Locations are always the
 * PublicLocation result, never stored columns.
 */
import type { PublicLocation } from '$lib/domain/public-location';

export type ProducerCard = {
	slug: string;
	name: string;
	kind: string;
	municipality: string;
	isDemo: boolean;
	/** Sales point link note such as "sestdienās". */
	note?: string;
	noteLang?: string;
};

export type ListingCard = {
	slug: string;
	name: string;
	kind: string;
	isDemo: boolean;
	location: PublicLocation;
};

export type TerritoryLink = { slug: string; name: string; kind: 'municipality' | 'planning_region' | 'other' };

export type Contacts = {
	phone: string | null;
	email: string | null;
	website: string | null;
	facebook: string | null;
	instagram: string | null;
};

export type Option = { value: string; label: string };
