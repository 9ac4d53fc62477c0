import { doublePrecision, integer, text } from 'drizzle-orm/pg-core';
import { locationPrecision } from './common';
import { territories } from './territories';

/** Address and coordinates shared by every listing that sits somewhere. */
export const locationColumns = () => ({
	municipalityId: integer('municipality_id')
		.notNull()
		.references(() => territories.id),
	/** Town, parish or village inside the municipality, when known. */
	localityId: integer('locality_id').references(() => territories.id),
	address: text('address'),
	postalCode: text('postal_code'),
	lat: doublePrecision('lat'),
	lng: doublePrecision('lng'),
	locationPrecision: locationPrecision('location_precision').notNull().default('exact')
});

/** Contact channels shared by producers, sales points, organisations and places. */
export const contactColumns = () => ({
	phone: text('phone'),
	email: text('email'),
	website: text('website'),
	facebook: text('facebook'),
	instagram: text('instagram')
});
