/**
 * /api/v1/events and /api/v1/events/{slug}: parameters and response schemas (registered in the
 * API's schema registry, so they appear in the OpenAPI document). Nothing personal: no
 * registrants, no join link — counts of free places and of attendance only.
 */
import { z } from 'zod';
import { LOCALES } from '$lib/i18n/locales';
import { EVENT_KINDS } from '$lib/events/choices';
import { apiSchemas, itemResponse, listResponse, OrganisationRef, Point, TerritoryRef } from '../api/schemas';
import { langParam, MAX_PER_PAGE } from '../api/params';

const text = z.string();
const url = z.url().describe('Absolute URL.');
const when = z.iso.datetime({ offset: true });
const kind = z.enum(EVENT_KINDS);
const perPage = (d: number) =>
	z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v.slice(0, 15)) : v), z.int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(MAX_PER_PAGE, { error: `must be at most ${MAX_PER_PAGE}` })).default(d);
const pageNo = z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v.slice(0, 15)) : v), z.int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(100_000, { error: 'must be at most 100000' })).default(1);
const slugParam = (description: string) => z.string().max(80, { error: 'must be at most 80 characters' }).regex(/^[a-z0-9-]+$/, { error: 'must be a slug (a-z, 0-9, -)' }).optional().meta({ description });

export const eventListParams = z.object({
	lang: langParam,
	page: pageNo.meta({ description: 'Page number, from 1. A page past the last one is empty.' }),
	per_page: perPage(24).meta({ description: `Items per page (1–${MAX_PER_PAGE}).` }),
	kind: kind.optional().meta({ description: 'Type of event.' }),
	municipality: slugParam('Municipality slug (Latvian municipalities and Moldovan raioane).'),
	organisation: slugParam('Organisation slug: only its events.'),
	project: z.uuid({ error: 'must be a UUID' }).optional().meta({ description: 'Project id: only the events of that project.' }),
	online: z.enum(['true', 'false'], { error: 'must be true or false' }).optional().meta({ description: 'Only online (true) or on-site (false) events.' }),
	language: z.enum(LOCALES, { error: `must be one of: ${LOCALES.join(', ')}` }).optional().meta({ description: 'Only events held in this language.' }),
	when: z.enum(['upcoming', 'past'], { error: 'must be upcoming or past' }).default('upcoming').meta({ description: 'Upcoming events (soonest first, the default) or past ones (latest first).' })
});
export type EventListParams = z.output<typeof eventListParams>;

const identity = { type: z.literal('event'), id: z.guid().describe('Stable identifier.'), slug: z.string().min(1), name: text.describe('The title in the requested language (Latvian when untranslated).'), url: url.describe('The event page in the requested language.') };

export const EventSummary = z
	.object({
		...identity,
		kind,
		status: z.enum(['published', 'cancelled']),
		starts_at: when,
		ends_at: when,
		time_zone: z.enum(['Europe/Riga', 'Europe/Chisinau']).describe('The venue’s time zone.'),
		online: z.boolean(),
		languages: z.array(z.enum(LOCALES)),
		municipality: TerritoryRef.optional(),
		organisation: OrganisationRef,
		project_id: z.guid().optional(),
		is_demo: z.boolean().describe('Fictional demo event.')
	})
	.register(apiSchemas, { id: 'EventSummary', description: 'An event in a list.' });

export const EventStop = z
	.object({ type: z.enum(['producer', 'sales_point', 'place']), slug: z.string().min(1), name: text, url, at: when.optional() })
	.register(apiSchemas, { id: 'EventStop', description: 'A stop of a study visit’s itinerary: a directory listing and when.' });

export const EventDetail = EventSummary.extend({
	summary: text,
	description: text,
	venue: z.object({ name: text.optional(), address: text.optional(), point: Point.optional(), place: z.object({ slug: z.string().min(1), name: text, url }).optional() }).describe('Where (never the online join link, which only registered people receive).'),
	capacity: z.int().min(0).optional().describe('Places in all, guests included; absent when unlimited.'),
	places_left: z.int().min(0).optional(),
	registration: z.object({ state: z.enum(['not_yet', 'open', 'closed']), opens_at: when.optional(), closes_at: when }),
	accessibility: text.optional(),
	itinerary: z.array(EventStop),
	hosts: z.array(z.object({ slug: z.string().min(1), name: text, url })),
	attended: z.int().min(0).optional().describe('People who attended (after the event): attendance, not registrations.'),
	recording_url: url.optional(),
	materials: z.array(z.object({ title: text, url }))
}).register(apiSchemas, { id: 'EventDetail', description: 'One event with its venue, itinerary and registration state.' });

export const EventList = listResponse('EventList', EventSummary, 'A page of events.');
export const EventResponse = itemResponse('EventResponse', EventDetail, 'One event.');

export const EVENT_OPERATIONS = [
	{
		path: '/events',
		operationId: 'listEvents',
		summary: 'List events',
		description: `Published (and cancelled) events of associations and LEADER groups: webinars, seminars, workshops, masterclasses, virtual tours, study visits, fairs and meetings. Paginated (\`page\`, \`per_page\` ≤ ${MAX_PER_PAGE}). No personal data.`,
		tag: 'Events' as const,
		query: eventListParams,
		response: 'EventList'
	},
	{
		path: '/events/{slug}',
		operationId: 'getEvent',
		summary: 'Get one event',
		description: 'An event with its venue, itinerary, hosts and registration state; after it, attendance and materials. Never registrants or the join link.',
		tag: 'Events' as const,
		query: z.object({ lang: langParam }),
		slugOf: 'event',
		response: 'EventResponse'
	}
];
