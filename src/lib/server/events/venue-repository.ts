import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { publicLocation, type PublicLocation } from '$lib/domain/public-location';
import { places, territories } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';

export type PublicVenue = { place: { slug: string; name: string } | null; name: string | null; location: PublicLocation | null; address: string | null; point: { lat: number; lng: number } | null };

const municipality = alias(territories, 'venue_municipality');

/**
 * Where an event is, as the public may see it: a directory place goes through publicLocation()
 * (never more precise than the place chose); an address the organiser typed is public by intent.
 */
export async function publicVenue(db: Db, e: { placeId: string | null; venueName: string | null; address: string | null; lat: number | null; lng: number | null }, locale: string): Promise<PublicVenue> {
	if (e.placeId) {
		const [p] = await db
			.select({
				slug: places.slug,
				name: places.name,
				status: places.status,
				precision: places.locationPrecision,
				address: places.address,
				lat: places.lat,
				lng: places.lng,
				mName: municipality.name,
				mSlug: municipality.slug,
				mLat: municipality.lat,
				mLng: municipality.lng
			})
			.from(places)
			.innerJoin(municipality, eq(municipality.id, places.municipalityId))
			.where(eq(places.id, e.placeId));
		if (p && p.status === 'published') {
			const location = publicLocation({
				precision: p.precision,
				address: p.address,
				lat: p.lat,
				lng: p.lng,
				locality: null,
				municipality: { name: (p.mName as LocalizedText)[locale as 'lv'] ?? p.mName.lv, slug: p.mSlug, lat: p.mLat, lng: p.mLng }
			});
			return { place: { slug: p.slug, name: p.name }, name: e.venueName ?? p.name, location, address: e.address ?? location.address, point: location.point };
		}
	}
	const point = e.lat !== null && e.lng !== null ? { lat: e.lat, lng: e.lng } : null;
	return { place: null, name: e.venueName, location: null, address: e.address, point };
}
