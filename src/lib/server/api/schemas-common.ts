import { z } from 'zod';
import { LOCALES } from '$lib/i18n/locales';
import { communitySchemas } from '$lib/server/communities/api';

/**
 * Response bodies of the public API. Serializers are typed by these schemas, and the OpenAPI
 * document's components are generated from them (every schema registered in `apiSchemas` becomes
 * `#/components/schemas/<id>`). Optional members are left out when there is nothing to say,
 * never sent as null.
 */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

/*
 * The building blocks the directory's, the search's and the other features' schemas share: plain
 * values, places, contacts, hours. Registration order is the OpenAPI document's component order, so
 * schemas.ts imports this module first, then schemas-directory.ts, then schemas-search.ts.
 */

export const asTuple = <T extends string>(values: readonly T[]) => values as unknown as readonly [T, ...T[]];

export const text = z.string();
export const url = z.url().describe('Absolute URL.');
export const slug = z.string().min(1);
export const lang = z.enum(LOCALES);
export const count = z.int().min(0);

export const Point = z
	.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
	.register(apiSchemas, { id: 'Point', description: 'WGS 84 coordinates.' });

export const TerritoryRef = z
	.object({ slug, name: text, url })
	.register(apiSchemas, { id: 'TerritoryRef', description: 'A municipality or planning region and its HTML page.' });

const locationBase = { municipality: TerritoryRef, point: Point.optional() };

/** The three shapes keep the precision rule in the schema itself: no address or locality where the owner hid them. */
export const Location = z
	.discriminatedUnion('precision', [
		z
			.object({
				precision: z.literal('exact'),
				...locationBase,
				locality: text.optional().describe('Town, parish or village.'),
				address: text.optional().describe('Street or homestead address.')
			})
			.describe('Exact: address and point of the house (the point may be a locality or municipality centre when no coordinates are known).'),
		z
			.object({ precision: z.literal('locality'), ...locationBase, locality: text.optional() })
			.describe('Locality: no address; the point is the centre of the locality (or municipality).'),
		z
			.object({ precision: z.literal('municipality'), ...locationBase })
			.describe('Municipality: only the municipality; the point is its centre.')
	])
	.register(apiSchemas, {
		id: 'Location',
		description: 'Where a listing is, never more precisely than its owner chose to show.'
	});

export const Contacts = z
	.object({
		phone: text.optional(),
		email: text.optional(),
		website: text.optional(),
		facebook: text.optional(),
		instagram: text.optional()
	})
	.register(apiSchemas, { id: 'Contacts', description: 'Public contact channels; unknown ones are left out.' });

export const OpeningInterval = z
	.object({
		day: z.int().min(1).max(7).describe('ISO weekday: 1 = Monday … 7 = Sunday.'),
		opens: z.string().regex(/^\d{2}:\d{2}$/).describe('HH:MM, Europe/Riga time.'),
		closes: z.string().regex(/^\d{2}:\d{2}$/).describe('HH:MM, Europe/Riga time; at or before `opens` means past midnight.')
	})
	.register(apiSchemas, { id: 'OpeningInterval', description: 'One opening interval on a weekday.' });

export const OpeningDay = z
	.object({
		date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Europe/Riga date.'),
		intervals: z.array(z.object({ opens: z.string().regex(/^\d{2}:\d{2}$/), closes: z.string().regex(/^\d{2}:\d{2}$/) })).describe('Open intervals that day; empty = closed.')
	})
	.register(apiSchemas, { id: 'OpeningDay', description: 'One of the coming days with its open intervals.' });

const weekDescription = 'The weekly hours when they are the same every week; empty when they change with seasons or dates (see the `_osm` value and `opening_days`).';
const osmDescription = 'The hours as an OpenStreetMap `opening_hours` value (seasons, dates, public holidays); left out when unknown.';
/** Hours in the API: the week when it is the same every week, the OpenStreetMap value, the coming days, open now. */
const comingHours = {
	opening_days: z.array(OpeningDay).optional().describe('The next 7 days with their hours; left out when the hours are unknown.'),
	open_now: z.boolean().optional().describe('Open now in Europe/Riga; left out when the hours are unknown.')
};
export const openingHoursFields = { opening_hours: z.array(OpeningInterval).describe(weekDescription), opening_hours_osm: z.string().optional().describe(osmDescription), ...comingHours };
export const officeHoursFields = { office_hours: z.array(OpeningInterval).describe(weekDescription), office_hours_osm: z.string().optional().describe(osmDescription), ...comingHours };

// coworking spaces, incubators and consultation lines (issue 17, communities/api.ts)
const community = communitySchemas({ OpeningInterval, TerritoryRef });
export const ConsultationLine = community.ConsultationLine.register(apiSchemas, { id: 'ConsultationLine', description: 'A consultation phone line with its hours, region and languages.' });
export const PlaceResident = community.Resident.register(apiSchemas, { id: 'PlaceResident', description: 'A resident of a coworking space or incubator who agreed to be shown.' });
export const PlacePlan = community.Plan.register(apiSchemas, { id: 'PlacePlan', description: 'A membership plan of a place and its price.' });

export const CategoryRef = z.object({ slug, name: text }).register(apiSchemas, { id: 'CategoryRef', description: 'A product category.' });

/** What every listing in a list or a search result says first. */
export const identity = {
	id: z.guid().describe('Stable identifier.'),
	slug,
	name: text,
	url: url.describe('The HTML page in the requested language.')
};
