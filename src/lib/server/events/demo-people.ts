/**
 * Where the demo's participants come from, and the other facts a funder asks for: fixed per person
 * (a seeded generator keyed by the person's number), given only at events whose form asks for them.
 * The social-entrepreneurship project's people come from the partner municipalities (Gulbene,
 * Jelgava, Ķekava, Kuldīga, Mārupe, Olaine — mostly the one where they first came to a workshop)
 * and their neighbours, plus Balvi, Cēsis, Jūrmala, Liepāja, Ogre and Vecumnieki (seed document 002;
 * Vecumnieku novads until the 2021 reform, when the project's workshops were held).
 */
import { slugify } from '../../text/slug';
import { rngFor } from '../seed/prng';
import type { DemoEvent } from './demo-data';

const PARTNERS = ['gulbenes-novads', 'jelgavas-novads', 'kekavas-novads', 'kuldigas-novads', 'marupes-novads', 'olaines-novads'];
/** [slug, weight]: the partners, their neighbours and the farther places the seed document names. */
const HOMES: [string, number][] = [
	['marupes-novads', 14],
	['olaines-novads', 13],
	['kekavas-novads', 13],
	['jelgavas-novads', 13],
	['kuldigas-novads', 11],
	['gulbenes-novads', 9],
	['riga', 5],
	['bauskas-novads', 3],
	['tukuma-novads', 3],
	['dobeles-novads', 3],
	['saldus-novads', 2],
	['balvu-novads', 4],
	['cesu-novads', 4],
	['jurmala', 4],
	['liepaja', 4],
	['ogres-novads', 4],
	['vecumnieku-novads', 4]
];
const GENDER: [string, number][] = [
	['female', 64],
	['male', 34],
	['other', 2]
];
/** The registration form's bands (events/choices.ts). */
const AGE: [string, number][] = [
	['under_25', 8],
	['25_34', 18],
	['35_44', 26],
	['45_54', 24],
	['55_64', 16],
	['65_plus', 8]
];

export const homeSlugs = () => HOMES.map(([slug]) => slug);

function weighted(r: () => number, choices: [string, number][]): string {
	const total = choices.reduce((a, [, w]) => a + w, 0);
	let x = r() * total;
	for (const [value, w] of choices) {
		x -= w;
		if (x < 0) return value;
	}
	return choices[choices.length - 1][0];
}

const firstEvent = new Map<number, string>();

/** The facts person `n` gives at event `e` (only those its form asks for). */
export function factsOfPerson(n: number, e: DemoEvent, homes: ReadonlyMap<string, number>): { municipalityId: number | null; gender: string | null; ageBand: string | null } {
	const fields = e.funderFields ?? [];
	if (!fields.length) return { municipalityId: null, gender: null, ageBand: null };
	const r = rngFor(`event-person-facts:${n}`);
	// people mostly live where they first came to a workshop in a partner municipality
	const eventHome = e.municipality ? slugify(e.municipality) : null;
	if (!firstEvent.has(n) && eventHome) firstEvent.set(n, eventHome);
	const first = firstEvent.get(n);
	const local = r() < 0.6 && first && PARTNERS.includes(first) ? first : null;
	const home = local ?? weighted(r, HOMES);
	return {
		municipalityId: fields.includes('municipality') ? homes.get(home) ?? null : null,
		gender: fields.includes('gender') ? weighted(r, GENDER) : null,
		ageBand: fields.includes('age_band') ? weighted(r, AGE) : null
	};
}
