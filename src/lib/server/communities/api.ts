/**
 * Coworking and consultation lines in /api/v1/places/{slug} and /api/v1/organisations/{slug}.
 * The schemas are built by a factory that api/schemas.ts calls with its shared pieces (so this
 * file imports no API module and there is no import cycle). Residents only with their consent;
 * visit requests never leave the workspace.
 */
import { z } from 'zod';
import { LOCALES } from '$lib/i18n/locales';
import { weekIntervals } from '$lib/domain/hours-view';
import { PLAN_PERIODS } from '$lib/domain/communities';
import type { LineView, PlaceCommunity } from './queries';

type Urls = { municipality: (s: string) => string; region: (s: string) => string; producer: (s: string) => string; place: (s: string) => string };

export function communitySchemas<I extends z.ZodType, T extends z.ZodType>(refs: { OpeningInterval: I; TerritoryRef: T }) {
	const text = z.string();
	const lang = z.enum(LOCALES);
	const link = z.object({ slug: z.string().min(1), name: text, url: z.url() });
	const ConsultationLine = z.object({
		title: text,
		title_lang: lang,
		phone: text.describe('As published, e.g. "+371 25565098".'),
		email: text.optional(),
		opening_hours: z.array(refs.OpeningInterval).describe('Weekly hours when they are the same every week.'),
		opening_hours_osm: text.optional().describe('The hours as an OpenStreetMap `opening_hours` value; left out when unknown.'),
		open_now: z.boolean().optional().describe('Answering now (Europe/Riga time); left out when the hours are unknown.'),
		region: z.object({ nationwide: z.boolean().describe('No region given: all of Latvia.'), territories: z.array(refs.TerritoryRef) }),
		languages: z.array(text).describe('Languages of the consultations (ISO 639-1).'),
		place: link.optional().describe('The place where the line is run, when it is a published place.')
	});
	const Resident = z.object({
		name: text,
		activity: text,
		activity_lang: lang,
		producer: link.optional().describe('Their directory listing, when the resident is a producer.')
	});
	const Plan = z.object({
		name: text,
		name_lang: lang,
		description: text,
		description_lang: lang,
		free: z.boolean(),
		price_cents: z.int().min(0).optional().describe('Price in euro cents; left out when free.'),
		currency: z.literal('EUR'),
		period: z.enum(PLAN_PERIODS).describe('What the price covers: a day, week, month, year, or once.')
	});
	return { ConsultationLine, Resident, Plan };
}

const asLang = (l: string) => (LOCALES as readonly string[]).includes(l) ? (l as (typeof LOCALES)[number]) : 'lv';

export function lineBody(l: LineView, urls: Urls) {
	return {
		title: l.title,
		title_lang: asLang(l.titleLang),
		phone: l.phone,
		...(l.email ? { email: l.email } : {}),
		opening_hours: weekIntervals(l.hours),
		...(l.hours ? { opening_hours_osm: l.hours.text } : {}),
		...(l.openNow === null ? {} : { open_now: l.openNow }),
		region: {
			nationwide: l.region.nationwide,
			territories: l.region.territories.map((t) => ({ slug: t.slug, name: t.name, url: t.kind === 'planning_region' ? urls.region(t.slug) : urls.municipality(t.slug) }))
		},
		languages: l.languages,
		...(l.place ? { place: { ...l.place, url: urls.place(l.place.slug) } } : {})
	};
}

export function placeCommunityBody(c: PlaceCommunity, urls: Urls) {
	return {
		residents: c.residents.map((r) => ({
			name: r.name,
			activity: r.activity,
			activity_lang: asLang(r.activityLang),
			...(r.producer ? { producer: { ...r.producer, url: urls.producer(r.producer.slug) } } : {})
		})),
		plans: c.plans.map((p) => ({
			name: p.name,
			name_lang: asLang(p.nameLang),
			description: p.description,
			description_lang: asLang(p.descriptionLang),
			free: p.priceCents === null,
			...(p.priceCents === null ? {} : { price_cents: p.priceCents }),
			currency: 'EUR' as const,
			period: p.period
		})),
		consultation_lines: c.lines.map((l) => lineBody(l, urls))
	};
}
