/**
 * Demo: a few months of generated unmet searches (issue 20), marked is_demo, the same rows for
 * the same day on every run (a PRNG per day). What people plausibly look for and do not find in
 * a municipality: goat cheese in Valka, smoked eel in the south-east, gluten-free bread in the
 * Rīga suburbs, a sauna-whisk maker near Sigulda, in Latvian (often without diacritics), some in
 * English and Russian as tourists type them. Relative imports: the seed CLI runs this.
 */
import { foldText } from '../../text/fold';
import { rngFor } from '../seed/prng';
import type { LoggedSearch, CategoryIndex } from '../search';
import { needCategory, needOf } from './need';
import { addDays } from './weeks';

/** A need as typed in a few ways, how often (relative weight) and where (municipality slugs; several: spread). */
type DemoNeed = { typed: string[]; weight: number; where: string[]; few?: number };

export const DEMO_NEEDS: DemoNeed[] = [
	{ typed: ['kazas siers', 'kazu siers', 'kazas sieru', 'goat cheese'], weight: 9, where: ['valkas-novads', 'aluksnes-novads', 'smiltenes-novads', 'gulbenes-novads', 'jelgavas-novads'] },
	{ typed: ['kūpināts zutis', 'kupinats zutis', 'zutis', 'smoked eel'], weight: 6, where: ['ludzas-novads', 'kraslavas-novads', 'preilu-novads', 'rezeknes-novads'] },
	{ typed: ['bezglutēna maize', 'bezglutena maize', 'gluten free bread'], weight: 7, where: ['marupes-novads', 'olaines-novads', 'kekavas-novads', 'adazu-novads', 'riga'] },
	{ typed: ['pirts slotas', 'pirts slota', 'bērza slotas', 'sauna whisk'], weight: 5, where: ['siguldas-novads', 'cesu-novads', 'limbazu-novads'] },
	{ typed: ['jēra gaļa', 'jera gala', 'jēra gaļu', 'lamb meat'], weight: 5, where: ['kuldigas-novads', 'talsu-novads', 'saldus-novads', 'dienvidkurzemes-novads'] },
	{ typed: ['kefīrs', 'kefirs', 'rūgušpiens', 'кефир'], weight: 4, where: ['jelgavas-novads', 'dobeles-novads', 'bauskas-novads'] },
	{ typed: ['smiltsērkšķu sula', 'smiltserksku sula', 'sea buckthorn juice'], weight: 4, where: ['marupes-novads', 'jurmala', 'riga'] },
	{ typed: ['vegānu siers', 'vegan cheese', 'augu siers'], weight: 3, where: ['riga', 'jurmala', 'marupes-novads'] },
	{ typed: ['kaņepju eļļa', 'kanepju ella', 'hemp oil'], weight: 3, where: ['preilu-novads', 'livanu-novads', 'augsdaugavas-novads'] },
	{ typed: ['lina audums', 'linu audums', 'lina dvieļi'], weight: 3, where: ['ludzas-novads', 'balvu-novads', 'madonas-novads'] },
	{ typed: ['mājas vīns', 'majas vins', 'ābolu vīns', 'домашнее вино'], weight: 4, where: ['tukuma-novads', 'dobeles-novads', 'jelgavas-novads', 'olaines-novads'] },
	{ typed: ['pīļu olas', 'pilu olas', 'paipalu olas', 'quail eggs'], weight: 3, where: ['ropazu-novads', 'salaspils-novads', 'ogres-novads'] },
	{ typed: ['koka rotaļlietas', 'koka rotallietas', 'wooden toys'], weight: 3, where: ['valmieras-novads', 'smiltenes-novads', 'cesu-novads'] },
	{ typed: ['trifeles', 'trifeļu eļļa', 'truffles'], weight: 2, where: ['kuldigas-novads', 'riga'] },
	{ typed: ['mājas saldējums', 'majas saldejums', 'saldējums', 'ice cream'], weight: 4, where: ['saulkrastu-novads', 'jurmala', 'talsu-novads', 'ventspils-novads'] },
	{ typed: ['rupjmaize', 'rudzu rupjmaize'], weight: 3, where: ['balvu-novads', 'aluksnes-novads'], few: 0.6 },
	{ typed: ['bišu maize', 'bisu maize', 'perga'], weight: 2, where: ['madonas-novads', 'jekabpils-novads', 'aizkraukles-novads'] },
	{ typed: ['kazas piens', 'kazu piens', 'козье молоко'], weight: 4, where: ['valkas-novads', 'aluksnes-novads', 'augsdaugavas-novads', 'kraslavas-novads'] },
	{ typed: ['zivju kūpinātava', 'kupinatas zivis', 'копченая рыба'], weight: 3, where: ['ventspils-novads', 'dienvidkurzemes-novads', 'talsu-novads'], few: 0.5 },
	{ typed: ['keramikas darbnīca', 'keramikas kursi', 'pottery workshop'], weight: 2, where: ['rezeknes-novads', 'livanu-novads'], few: 0.5 }
];

const WEIGHT_TOTAL = DEMO_NEEDS.reduce((a, n) => a + n.weight, 0);
export const DEMO_DAYS = 120;

function pick<T>(items: readonly T[], r: number): T {
	return items[Math.min(items.length - 1, Math.floor(r * items.length))];
}

/**
 * The demo log for the `DEMO_DAYS` days before `today`: 25–55 searches a day, more at weekends
 * and rising towards the summer season's end, each need spread over its municipalities; about
 * one in four with a place word, one in six from "near me" (kept as "point").
 */
export function demoSearches(today: string, municipalityIds: ReadonlyMap<string, number>, categories: CategoryIndex): Omit<LoggedSearch, 'dedupeKey'>[] {
	const rows: Omit<LoggedSearch, 'dedupeKey'>[] = [];
	for (let back = DEMO_DAYS; back >= 1; back--) {
		const day = addDays(today, -back);
		const rng = rngFor(`insight-demo:${back}`);
		const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
		const count = Math.round((25 + rng() * 20 + (weekday === 0 || weekday === 6 ? 10 : 0)) * (1 + (DEMO_DAYS - back) / (DEMO_DAYS * 2)));
		for (let i = 0; i < count; i++) {
			let r = rng() * WEIGHT_TOTAL;
			const need = DEMO_NEEDS.find((n) => (r -= n.weight) < 0) ?? DEMO_NEEDS[0];
			const typed = pick(need.typed, rng());
			const slug = pick(need.where, rng());
			const municipalityId = municipalityIds.get(slug) ?? null;
			const via = rng();
			const n = needOf([typed]);
			rows.push({
				day,
				query: foldText(typed),
				filters: via < 0.25 ? { place: [slug] } : via < 0.42 ? { near: 'point' } : { municipality: [slug] },
				municipalityId,
				resultCount: rng() < (need.few ?? 0.2) ? 1 + Math.floor(rng() * 2) : 0,
				needKey: n.key,
				needLabel: n.label,
				categoryId: needCategory(categories, n.stems),
				isDemo: true
			});
		}
	}
	return rows;
}
