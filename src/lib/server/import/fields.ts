/**
 * Parsers for single cells: coordinates, kind, precision (contact channels: forms/contact.ts, one
 * rule with the forms). Pure; each
 * returns the stored value or null when the cell cannot be used (the caller reports it).
 */
import { m } from '../../paraglide/messages';
import { foldText } from '../../text/fold';

export const LOCALES = ['lv', 'en', 'ro', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** Cells with several values: "29123456; 26543210", "a@b.lv, c@d.lv". */
export function splitList(cell: string, separators: RegExp = /\s*[;|\n]\s*/): string[] {
	return cell
		.split(separators)
		.map((s) => s.trim())
		.filter(Boolean);
}

/** "56,9512" (Latvian decimal comma) or "56.9512". */
export function parseNumber(cell: string): number | null {
	const n = Number(cell.replace(/\s/g, '').replace(',', '.'));
	return Number.isFinite(n) ? n : null;
}

/** Latvia and Moldova lie within these bounds; anything else is a swapped or mistyped coordinate. */
export function plausibleCoordinates(lat: number, lng: number): boolean {
	return lat >= 45 && lat <= 58.5 && lng >= 20.5 && lng <= 30.5;
}

export const KINDS = ['home_producer', 'small_producer', 'farm', 'craftsman', 'social_enterprise'] as const;
export type Kind = (typeof KINDS)[number];

const KIND_LABELS: Record<Kind, (i: object, o: { locale: Locale }) => string> = {
	home_producer: m.prod_kind_home_producer,
	small_producer: m.prod_kind_small_producer,
	farm: m.prod_kind_farm,
	craftsman: m.prod_kind_craftsman,
	social_enterprise: m.prod_kind_social_enterprise
};

const KIND_WORDS: Record<Kind, string[]> = {
	home_producer: ['mājražotājs', 'mājražotāja', 'mājražotāji', 'mājražošana', 'home producer'],
	small_producer: ['mazais ražotājs', 'ražotājs', 'small producer', 'producer'],
	farm: ['saimniecība', 'zemnieku saimniecība', 'lauku saimniecība', 'z/s', 'zs', 'farm', 'ferma'],
	craftsman: ['amatnieks', 'amatniece', 'amatnieki', 'amatniecība', 'craftsman', 'craftsperson', 'artisan'],
	social_enterprise: ['sociālais uzņēmums', 'social enterprise']
};

const kindKey = (s: string) => foldText(s).replace(/[^\p{L}\d]+/gu, ' ').trim();
const KIND_LOOKUP = new Map<string, Kind>();
for (const kind of KINDS) {
	KIND_LOOKUP.set(kindKey(kind), kind);
	for (const w of KIND_WORDS[kind]) KIND_LOOKUP.set(kindKey(w), kind);
	for (const locale of LOCALES) KIND_LOOKUP.set(kindKey(KIND_LABELS[kind]({}, { locale })), kind);
}

export function parseKind(cell: string): Kind | null {
	return KIND_LOOKUP.get(kindKey(cell)) ?? null;
}

export const PRECISIONS = ['exact', 'locality', 'municipality'] as const;
export type Precision = (typeof PRECISIONS)[number];

const PRECISION_WORDS: Record<string, Precision> = {
	exact: 'exact', precīza: 'exact', precizi: 'exact', adrese: 'exact', address: 'exact',
	locality: 'locality', 'apdzīvotā vieta': 'locality', pagasts: 'locality', ciems: 'locality', pilsēta: 'locality',
	municipality: 'municipality', novads: 'municipality'
};
const PRECISION_LOOKUP = new Map(Object.entries(PRECISION_WORDS).map(([k, v]) => [kindKey(k), v]));

export function parsePrecision(cell: string): Precision | null {
	return PRECISION_LOOKUP.get(kindKey(cell)) ?? null;
}
