/**
 * The relevance test set: queries over the demo seed (src/lib/server/seed) with the results they
 * must give. Run by relevance.db.test.ts on PGlite and PostgreSQL. Slugs are the seed's.
 *
 * Expectations, all optional:
 * - `top`: these slugs, in this order, lead the group;  `topSet`: lead it in any order;
 * - `includes` / `excludes`: anywhere in the group's listed hits (the first 12 producers, 6 sales points …);
 * - `only`: every listed hit of the group is one of these;
 * - `place`: slug of the territory a place word became (null: no place filter);
 * - `category`: a category the query names; `corrected`: the query was read with a typo correction;
 * - `match`: how the first hit matched; `total`: [min, max] over all groups; `group`: default producer;
 * - `nearby`, `wordsFound`, `namedElsewhere`: a place search that found nothing there, spelling advice, names = places.
 */
import type { MatchKind, ResultType, SnippetField } from '$lib/contracts/search/types';
import { NAME_PLACE_CASES } from './relevance-cases-places';
import { LANGUAGE_CASES } from './relevance-cases-languages';

export type RelevanceCase = {
	behaviour: string;
	/** URL query string, e.g. "q=medus&kind=farm". */
	qs: string;
	locale?: 'lv' | 'en' | 'ro' | 'ru';
	/** ISO time for open-now (default: Wednesday 2026-11-25 10:00 in Riga). */
	now?: string;
	group?: ResultType;
	top?: string[];
	topSet?: string[];
	includes?: string[];
	excludes?: string[];
	only?: string[];
	place?: string | null;
	category?: string;
	corrected?: boolean;
	match?: MatchKind;
	total?: [number, number];
	/** Listed hits are sorted by distance. */
	byDistance?: boolean;
	/** Every listed hit is within this many km. */
	withinKm?: number;
	/** Nothing in the named place: the nearest outside it include these (all types), the first radius step with any ≤ maxKm. */
	nearby?: { includes?: string[]; maxKm?: number };
	/** The words were found somewhere (no spelling advice) — or not. */
	wordsFound?: boolean;
	/** The first place word also found listings named with it outside the place. */
	namedElsewhere?: boolean;
	/** This listed hit is explained by this field ("product": it matched by a product's name). */
	why?: { slug: string; field: SnippetField };
};

export const WEDNESDAY_10 = '2026-11-25T08:00:00Z';
export const SATURDAY_11 = '2026-11-28T09:00:00Z';
export const SUNDAY_20 = '2026-11-29T18:00:00Z';

const BASE_CASES: RelevanceCase[] = [
	// --- names typed without diacritics (and in any case)
	{ behaviour: 'no diacritics', qs: 'q=ievarijumi', topSet: ['vecmaminas-ievarijumi', 'ievarijumu-pagrabins'] },
	{ behaviour: 'no diacritics', qs: 'q=vecmaminas ievarijumi', top: ['vecmaminas-ievarijumi'], match: 'exact' },
	{ behaviour: 'no diacritics', qs: 'q=kupinatava dumins', top: ['kupinatava-dumins'] },
	{ behaviour: 'no diacritics', qs: 'q=senu lade', top: ['senu-lade'] },
	{ behaviour: 'no diacritics', qs: 'q=zubites keramika', top: ['zubites-keramika'] },
	{ behaviour: 'no diacritics', qs: 'q=abolinu darzs', top: ['abolinu-darzs'], match: 'exact' },
	{ behaviour: 'no diacritics, upper case', qs: 'q=KALNMUIZAS', top: ['kalnmuizas'] },
	{ behaviour: 'no diacritics: a sales point', qs: 'q=puralade', group: 'sales_point', top: ['puralade'] },
	{ behaviour: 'no diacritics: an organisation', qs: 'q=lielupe', group: 'organisation', top: ['lauku-partneriba-lielupe'] },
	{ behaviour: 'no diacritics: a place', qs: 'q=biznesa vestnieciba', group: 'place', top: ['biznesa-vestnieciba'] },
	{ behaviour: 'a place by its name', qs: 'q=dzivoklis', group: 'place', top: ['dzivoklis-olaine'] },
	{ behaviour: 'with diacritics: the same names', qs: 'q=Vecmāmiņas ievārījumi', top: ['vecmaminas-ievarijumi'] },

	// --- a query typed with diacritics ranks the exact spelling first
	{ behaviour: 'diacritics first', qs: 'q=zīle', top: ['keramikas-darbnica-zile', 'linu-darbnica-zilais-zieds'] },
	{ behaviour: 'without diacritics both still match', qs: 'q=zile', includes: ['keramikas-darbnica-zile', 'linu-darbnica-zilais-zieds'] },
	{ behaviour: 'diacritics first', qs: 'q=ievārījumu', top: ['ievarijumu-pagrabins'] },
	{ behaviour: 'diacritics first', qs: 'q=sēņu', topSet: ['senu-pagrabs', 'senu-lade'] },

	// --- inflection (stems)
	{ behaviour: 'inflection: ievārījums', qs: 'q=ievarijums', topSet: ['vecmaminas-ievarijumi', 'ievarijumu-pagrabins'], includes: ['annas-virtuve', 'gardumu-lade'] },
	{ behaviour: 'inflection: kazas siers', qs: 'q=kazas siers', topSet: ['ozolkalna-kazas', 'piladzi'], category: 'piena-produkti-un-siers' },
	{ behaviour: 'inflection: kazu siers = kazas siers', qs: 'q=kazu siers', topSet: ['ozolkalna-kazas', 'piladzi'] },
	{ behaviour: 'inflection: kazu piens', qs: 'q=kazu piens', topSet: ['ozolkalna-kazas', 'piladzi'] },
	{ behaviour: 'inflection: medu → medus', qs: 'q=medu', top: ['raznas-krasta-medus'], includes: ['dravnieciba-bitenieki', 'bisu-drava-liepziedi'], match: 'stem' },
	{ behaviour: 'inflection: medus', qs: 'q=medus', top: ['raznas-krasta-medus'], includes: ['biskopibas-saimnieciba-kamenes', 'bitites'] },
	{ behaviour: 'inflection: kūpināta', qs: 'q=kūpināta', includes: ['galas-darbnica-ceplis', 'kupinatava-dumins', 'strautini'], match: 'exact' },
	{ behaviour: 'inflection: kupinats speķis', qs: 'q=kupinats speķis', includes: ['kupinatava-dumins', 'selu-ozoli', 'kalniesi'] },
	{ behaviour: 'inflection: sieri', qs: 'q=sieri', includes: ['kalnmuizas', 'liepkalni', 'siera-darbnica-musa'] },
	{ behaviour: 'inflection: siera (sales point)', qs: 'q=siera', group: 'sales_point', top: ['liepkalnu-siera-klets'] },
	{ behaviour: 'inflection: maizes', qs: 'q=maizes', top: ['ceptuve-silta-maize'] },
	{ behaviour: 'inflection: pīrāgi', qs: 'q=pīrāgi', top: ['daugavmalas-piragi'] },
	{ behaviour: 'inflection: zivju', qs: 'q=zivju', includes: ['lielupes-zivis', 'salacas-zivis'] },
	{ behaviour: 'inflection: sēnes', qs: 'q=sēnes', includes: ['senu-lade', 'senotaju-seta'] },
	{ behaviour: 'inflection: tēju', qs: 'q=tēju', topSet: ['teju-maja-vigriezes', 'teju-purs'] },
	{ behaviour: 'inflection: sveces', qs: 'q=sveces', topSet: ['svecu-darbnica-gaismina', 'svecu-liesana-dzirkstele'] },
	{ behaviour: 'inflection: a producer and its product', qs: 'q=Ozolkalna siers', top: ['ozolkalna-kazas'] },

	// --- typos: found, but ranked below exact and stemmed hits
	{ behaviour: 'typo: a letter missing', qs: 'q=ievarjums', includes: ['vecmaminas-ievarijumi', 'ievarijumu-pagrabins'], corrected: true, match: 'typo' },
	{ behaviour: 'typo: two letters swapped', qs: 'q=medsu', includes: ['raznas-krasta-medus', 'dravnieciba-bitenieki'], corrected: true, match: 'typo' },
	{ behaviour: 'typo: a letter missing', qs: 'q=skandrausi', includes: ['ceptuve-klaipins', 'daugavmalas-piragi'], corrected: true },
	{ behaviour: 'typo', qs: 'q=keramka', includes: ['zubites-keramika', 'keramikas-darbnica-zile'], corrected: true },
	{ behaviour: 'typo: swapped letters', qs: 'q=zemeens', includes: ['zemenkalni', 'kurmisi'], corrected: true },
	{ behaviour: 'typo: wrong letter, no diacritics', qs: 'q=kalnmuizaz', top: ['kalnmuizas'] },
	{ behaviour: 'typo: exact hits stay first', qs: 'q=sejas krēms', top: ['juras-zales', 'smiltaji'] },

	// --- place words become a territory filter
	{ behaviour: 'place word: town', qs: 'q=medus Sigulda', top: ['dravnieciba-bitenieki'], only: ['dravnieciba-bitenieki'], place: 'sigulda' },
	{ behaviour: 'place word: locative', qs: 'q=medus Siguldā', top: ['dravnieciba-bitenieki'], place: 'sigulda' },
	{ behaviour: 'place word: genitive', qs: 'q=siguldas medus', top: ['dravnieciba-bitenieki'], place: 'siguldas-novads' },
	{ behaviour: 'place word: sales points there', qs: 'q=medus Sigulda', group: 'sales_point', top: ['siguldas-zemnieku-tirdzins'], only: ['siguldas-zemnieku-tirdzins', 'siguldas-rudens-gadatirgus'] },
	{ behaviour: 'place word: village (old Ozolnieku novads, now Jelgavas novads)', qs: 'q=Ozolnieki', topSet: ['ceptuve-silta-maize', 'ozolkalna-kazas'], includes: ['darzini'], excludes: ['kalnmuizas'], place: 'ozolnieki' },
	{ behaviour: 'place word: genitive of a parish', qs: 'q=ozolnieku', topSet: ['ceptuve-silta-maize', 'ozolkalna-kazas'], place: 'ozolnieku-pagasts' },
	{ behaviour: 'place word: the sales point named after it first', qs: 'q=Ozolnieki', group: 'sales_point', top: ['ozolnieku-labumu-bode'] },
	{ behaviour: 'place word: historical novads', qs: 'q=Ozolnieku novads', topSet: ['ceptuve-silta-maize', 'ozolkalna-kazas'], place: 'ozolnieku-novads' },
	{ behaviour: 'place word: historical novads merged into Siguldas', qs: 'q=Krimuldas novads', top: ['dravnieciba-bitenieki'], includes: ['kalnmuizas'], place: 'krimuldas-novads' },
	{ behaviour: 'place word: historical novads merged into Mārupes', qs: 'q=Babītes novads', includes: ['annas-virtuve', 'zilites'], excludes: ['kalnmuizas'], place: 'babites-novads' },
	{ behaviour: 'place word: historical Amatas novads → Cēsu', qs: 'q=Amatas novads', top: ['strautini'], includes: ['liepkalni'] },
	{ behaviour: 'place word: city, locative', qs: 'q=keramika Jelgavā', top: ['darbnica-glazura'], only: ['darbnica-glazura'], place: 'jelgava' },
	{ behaviour: 'place word: city', qs: 'q=Liepājā', topSet: ['darbnica-vejs', 'piparkuku-darbnica-kanelis'], place: 'liepaja' },
	{ behaviour: 'place word: town with a product', qs: 'q=rupjmaize Kuldīgā', top: ['ceptuve-klaipins'], only: ['ceptuve-klaipins'] },
	{ behaviour: 'place word: planning region', qs: 'q=Vidzeme medus', includes: ['biskopibas-saimnieciba-kamenes'], excludes: ['raznas-krasta-medus', 'dravnieciba-bitenieki'], place: 'vidzeme' },
	{ behaviour: 'place word: region alone', qs: 'q=Latgale', includes: ['zubites-keramika'], excludes: ['kalnmuizas'], place: 'latgale' },
	{ behaviour: 'not a place: catalogue word (linden)', qs: 'q=liepu medus', topSet: ['berzinu-medus', 'bisu-drava-liepziedi', 'dravnieciba-bitenieki', 'dravas-vejini', 'pilsetas-bites'], place: null },
	{ behaviour: 'not a place: catalogue word (minced)', qs: 'q=malta gaļa', includes: ['berzkalni', 'plavnieki'], place: null },
	{ behaviour: 'not a place: several municipalities', qs: 'q=Salas', place: null },
	{ behaviour: 'place words off (noplace=1)', qs: 'q=Sigulda&noplace=1', group: 'sales_point', topSet: ['siguldas-zemnieku-tirdzins', 'siguldas-rudens-gadatirgus'], place: null },

	// --- category words in the four languages
	{ behaviour: 'category: English', qs: 'q=honey', includes: ['raznas-krasta-medus', 'dravnieciba-bitenieki', 'bitites'], category: 'medus', locale: 'en' },
	{ behaviour: 'category: Russian with ё', qs: 'q=мёд', includes: ['raznas-krasta-medus', 'dravnieciba-bitenieki', 'bitites'], excludes: ['kalnmuizas'], category: 'medus', locale: 'ru' },
	{ behaviour: 'category: Russian with е', qs: 'q=мед', includes: ['dravnieciba-bitenieki'], category: 'medus', locale: 'ru' },
	{ behaviour: 'category: Romanian', qs: 'q=miere', includes: ['biskopibas-saimnieciba-kamenes', 'dravnieciba-bitenieki'], excludes: ['kalnmuizas'], category: 'medus', locale: 'ro' },
	{ behaviour: 'category: English cheese', qs: 'q=cheese', includes: ['kalnmuizas', 'liepkalni'], category: 'piena-produkti-un-siers', locale: 'en' },
	{ behaviour: 'category: Russian cheese', qs: 'q=сыр', includes: ['kalnmuizas', 'liepkalni'], excludes: ['raznas-krasta-medus'], locale: 'ru' },
	{ behaviour: 'category: Romanian cheese', qs: 'q=brânză', includes: ['ozolkalna-kazas', 'kalnmuizas'], locale: 'ro' },
	{ behaviour: 'category: English ceramics', qs: 'q=ceramics', includes: ['zubites-keramika', 'keramikas-darbnica-zile'], category: 'keramika', locale: 'en' },
	{ behaviour: 'category: English candles', qs: 'q=candles', topSet: ['svecu-darbnica-gaismina', 'svecu-liesana-dzirkstele'], locale: 'en' },

	// --- filters
	{ behaviour: 'filter: kind', qs: 'q=medus&kind=farm', topSet: ['biskopibas-saimnieciba-kamenes', 'bitites', 'medni', 'riekstkalni'], only: ['biskopibas-saimnieciba-kamenes', 'bitites', 'medni', 'riekstkalni'] },
	{ behaviour: 'filter: region', qs: 'q=medus&region=latgale', top: ['raznas-krasta-medus'], excludes: ['biskopibas-saimnieciba-kamenes'] },
	{ behaviour: 'filter: category alone (browse)', qs: 'category=medus', includes: ['raznas-krasta-medus', 'dravnieciba-bitenieki'], excludes: ['kalnmuizas'] },
	{ behaviour: 'filter: municipality', qs: 'q=siers&municipality=siguldas-novads', topSet: ['kalnmuizas', 'piladzi'], only: ['kalnmuizas', 'piladzi'] },
	{ behaviour: 'filter: label', qs: 'label=socialais-uznemums', includes: ['labas-rokas'], total: [1, 10] },
	{ behaviour: 'filter: type', qs: 'q=tirdzins&type=sales_point', group: 'sales_point', includes: ['aizkraukles-tirdzins', 'rigas-sestdienas-tirdzins'], total: [20, 40] },

	// --- open now (Europe/Riga)
	{ behaviour: 'open now: Wednesday 10:00', qs: 'type=sales_point&open=1', group: 'sales_point', now: WEDNESDAY_10, includes: ['puralade', 'kalnmuizas-saimniecibas-veikals'], excludes: ['siguldas-zemnieku-tirdzins', 'lauku-grozs'] },
	{ behaviour: 'open now: Saturday 11:00', qs: 'type=sales_point&open=1&q=Sigulda', group: 'sales_point', now: SATURDAY_11, includes: ['siguldas-zemnieku-tirdzins'] },
	{ behaviour: 'open now: the Saturday market is closed on Wednesday', qs: 'type=sales_point&open=1&q=Sigulda', group: 'sales_point', now: WEDNESDAY_10, excludes: ['siguldas-zemnieku-tirdzins'], includes: ['kalnmuizas-saimniecibas-veikals'] },
	{ behaviour: 'open now: a producer through its farm shop', qs: 'q=kalnmuizas&open=1', now: WEDNESDAY_10, top: ['kalnmuizas'] },
	{ behaviour: 'open now: nothing open on Sunday evening', qs: 'q=kalnmuizas&open=1', now: SUNDAY_20, total: [0, 0] },

	// --- distance
	{ behaviour: 'near me: nearest first', qs: 'q=medus&near=57.155,24.85&sort=distance', top: ['dravnieciba-bitenieki'], byDistance: true },
	{ behaviour: 'near a chosen place', qs: 'q=keramika&near_place=riga&sort=distance', top: ['keramikas-darbnica-mala-pedas'], byDistance: true },
	{ behaviour: 'near me within 10 km', qs: 'near=56.95,24.1&radius=10', includes: ['labas-rokas'], excludes: ['kalnmuizas'], withinKm: 10 },

	// --- never public
	{ behaviour: 'pending producer is not found', qs: 'q=Rūķīšu maiznīca', excludes: ['rukisu-maiznica'] },
	{ behaviour: 'draft producer is not found', qs: 'q=Pūcesmājas sveces', excludes: ['pucesmajas-sveces'] },
	{ behaviour: 'LIKE wildcards mean nothing', qs: 'q=%25', total: [0, 0] }
];

export const RELEVANCE_CASES: RelevanceCase[] = [...BASE_CASES, ...NAME_PLACE_CASES, ...LANGUAGE_CASES];
// --- seasonal opening hours (issue 12, item 3): OpenStreetMap opening_hours with seasons, yearly
// fairs, monthly market days and public holidays; open now follows them in every language
const DECEMBER_SATURDAY_11 = '2026-12-12T09:00:00Z';
const FIRST_DECEMBER_SATURDAY_10 = '2026-12-05T08:00:00Z';
const SEPTEMBER_FAIR_SATURDAY_11 = '2027-09-25T08:00:00Z';
const JULY_SATURDAY_10 = '2027-07-10T07:00:00Z';
const INDEPENDENCE_DAY_12 = '2026-11-18T10:00:00Z';
RELEVANCE_CASES.push(
	{ behaviour: 'seasonal: the autumn fair is not open on a December Saturday', qs: 'type=sales_point&open=1&q=Sigulda', group: 'sales_point', now: DECEMBER_SATURDAY_11, includes: ['siguldas-zemnieku-tirdzins'], excludes: ['siguldas-rudens-gadatirgus'] },
	{ behaviour: 'seasonal: the autumn fair is open on the last weekend of September', qs: 'type=sales_point&open=1&q=Sigulda', group: 'sales_point', now: SEPTEMBER_FAIR_SATURDAY_11, includes: ['siguldas-rudens-gadatirgus', 'siguldas-zemnieku-tirdzins'], locale: 'en' },
	{ behaviour: 'seasonal: the Christmas fair is open on a December Saturday', qs: 'type=sales_point&open=1&q=Cēsis', group: 'sales_point', now: DECEMBER_SATURDAY_11, includes: ['cesu-ziemassvetku-gadatirgus'], locale: 'ru' },
	{ behaviour: 'seasonal: the Christmas fair is closed on a November Saturday', qs: 'type=sales_point&open=1&q=Cēsis', group: 'sales_point', now: SATURDAY_11, includes: ['cesu-sestdienas-tirdzins'], excludes: ['cesu-ziemassvetku-gadatirgus'], locale: 'ro' },
	{ behaviour: 'seasonal: the summer market is open on a July Saturday', qs: 'type=sales_point&open=1&q=Saulkrasti', group: 'sales_point', now: JULY_SATURDAY_10, includes: ['saulkrastu-vasaras-tirdzins'] },
	{ behaviour: 'seasonal: the summer market is closed in November', qs: 'type=sales_point&open=1&q=Saulkrasti', group: 'sales_point', now: SATURDAY_11, excludes: ['saulkrastu-vasaras-tirdzins'], locale: 'en' },
	{ behaviour: 'monthly: the market of the first Saturday is open then', qs: 'type=sales_point&open=1&q=Gulbene', group: 'sales_point', now: FIRST_DECEMBER_SATURDAY_10, includes: ['gulbenes-lauku-tirdzins'], locale: 'ru' },
	{ behaviour: 'monthly: … and closed on the second Saturday', qs: 'type=sales_point&open=1&q=Gulbene', group: 'sales_point', now: DECEMBER_SATURDAY_11, excludes: ['gulbenes-lauku-tirdzins'], locale: 'ro' },
	{ behaviour: 'public holiday: a shop closed on 18 November', qs: 'type=sales_point&open=1&q=puralade', group: 'sales_point', now: INDEPENDENCE_DAY_12, total: [0, 0] },
	{ behaviour: 'public holiday: … open on an ordinary Wednesday', qs: 'type=sales_point&open=1&q=puralade', group: 'sales_point', now: WEDNESDAY_10, top: ['puralade'], locale: 'en' }
);
