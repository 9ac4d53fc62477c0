/**
 * Relevance cases of issue 12, item 6: product words in English, Romanian and Russian find
 * listings whose products are written only in Latvian (the demo producers Bērziņu medus,
 * Z/S "Rudzupuķes" and Aglonas ceptuve), and place names typed in Cyrillic, in English or with a
 * Romanian or Russian kind word work like the Latvian ones.
 */
import type { RelevanceCase } from './relevance-cases';

export const LANGUAGE_CASES: RelevanceCase[] = [
	// --- a product word in another language than the listing (found by the product's name, not the category)
	{ behaviour: 'translation: honey (en) → Bērziņu medus by its name, not only its category', qs: 'q=honey', locale: 'en', includes: ['berzinu-medus'], why: { slug: 'berzinu-medus', field: 'name' } },
	// the Moldovan demo apiary names its products in Russian ("Акациевый мёд"): the word itself ranks it first (issue 19)
	{ behaviour: 'translation: мёд (ru) → Bērziņu medus', qs: 'q=мёд', locale: 'ru', top: ['prisaca-albinuta-din-balti', 'raznas-krasta-medus', 'berzinu-medus'], why: { slug: 'berzinu-medus', field: 'name' } },
	{ behaviour: 'translation: miere (ro) → Bērziņu medus', qs: 'q=miere', locale: 'ro', includes: ['berzinu-medus'], why: { slug: 'berzinu-medus', field: 'name' } },
	{ behaviour: 'translation: a product written only in Latvian explains the match', qs: 'q=smoked cheese', locale: 'en', includes: ['rudzupukes'], why: { slug: 'rudzupukes', field: 'product' } },
	{ behaviour: 'translation: the Russian word explains a Latvian-only product', qs: 'q=облепиха', locale: 'ru', includes: ['rudzupukes'], why: { slug: 'rudzupukes', field: 'product' } },
	{ behaviour: 'translation: honey on a Latvian page', qs: 'q=honey', includes: ['berzinu-medus'] },
	{ behaviour: 'translation: linden honey (en)', qs: 'q=linden honey', locale: 'en', includes: ['berzinu-medus', 'dravnieciba-bitenieki'] },
	{ behaviour: 'translation: липовый мёд (ru)', qs: 'q=липовый мёд', locale: 'ru', includes: ['berzinu-medus', 'dravnieciba-bitenieki'] },
	{ behaviour: 'translation: miere de tei (ro)', qs: 'q=miere de tei', locale: 'ro', includes: ['berzinu-medus', 'dravnieciba-bitenieki'] },
	{ behaviour: 'translation: heather honey (en)', qs: 'q=heather honey', locale: 'en', includes: ['berzinu-medus'] },
	{ behaviour: 'translation: smoked cheese (en)', qs: 'q=smoked cheese', locale: 'en', topSet: ['kalnmuizas', 'liepkalni', 'siera-darbnica-musa', 'rudzupukes'] },
	{ behaviour: 'translation: копчёный сыр (ru)', qs: 'q=копчёный сыр', locale: 'ru', topSet: ['kalnmuizas', 'liepkalni', 'siera-darbnica-musa', 'rudzupukes'] },
	{ behaviour: 'translation: brânză afumată (ro)', qs: 'q=brânză afumată', locale: 'ro', topSet: ['kalnmuizas', 'liepkalni', 'siera-darbnica-musa', 'rudzupukes'] },
	{ behaviour: 'translation: strawberry jam (en)', qs: 'q=strawberry jam', locale: 'en', includes: ['rudzupukes', 'zemenkalni'] },
	{ behaviour: 'translation: клубничное варенье (ru)', qs: 'q=клубничное варенье', locale: 'ru', includes: ['rudzupukes', 'zemenkalni'] },
	{ behaviour: 'translation: dulceață de căpșuni (ro)', qs: 'q=dulceață de căpșuni', locale: 'ro', includes: ['rudzupukes', 'zemenkalni'] },
	{ behaviour: 'translation: sea buckthorn juice (en, two-word form)', qs: 'q=sea buckthorn juice', locale: 'en', includes: ['rudzupukes', 'smiltaji'] },
	{ behaviour: 'translation: сок облепихи (ru)', qs: 'q=сок облепихи', locale: 'ru', topSet: ['sulu-daritava-pilsetas-darzs', 'smiltaji', 'rudzupukes'] },
	{ behaviour: 'translation: suc de cătină (ro)', qs: 'q=suc de cătină', locale: 'ro', includes: ['rudzupukes', 'smiltaji'] },
	{ behaviour: 'translation: rye bread (en)', qs: 'q=rye bread', locale: 'en', includes: ['aglonas-ceptuve'] },
	{ behaviour: 'translation: ржаной хлеб (ru)', qs: 'q=ржаной хлеб', locale: 'ru', includes: ['aglonas-ceptuve'] },
	{ behaviour: 'translation: pâine de secară (ro)', qs: 'q=pâine de secară', locale: 'ro', includes: ['aglonas-ceptuve'] },
	{ behaviour: 'translation: rye bread in Rīga (en, place + translation)', qs: 'q=rye bread riga', locale: 'en', top: ['aglonas-ceptuve'], place: 'riga' },
	{ behaviour: 'translation: goat cheese (en)', qs: 'q=goat cheese', locale: 'en', topSet: ['ozolkalna-kazas', 'piladzi'] },
	{ behaviour: 'translation: wooden spoon (en)', qs: 'q=wooden spoon', locale: 'en', includes: ['karotnieks', 'kokgriezeja-darbnica-skaida'] },
	{ behaviour: 'translation: шерстяные носки (ru)', qs: 'q=шерстяные носки', locale: 'ru', total: [1, 30] },
	{ behaviour: 'translation: the Latvian words find the Latvian-only products as they are', qs: 'q=kūpināts siers', topSet: ['kalnmuizas', 'liepkalni', 'siera-darbnica-musa', 'rudzupukes'] },

	// --- place names in Cyrillic, in English and with a kind word in front
	{ behaviour: 'Cyrillic place: сигулда', qs: 'q=сигулда', locale: 'ru', includes: ['dravnieciba-bitenieki', 'kalnmuizas'], place: 'sigulda' },
	{ behaviour: 'Cyrillic place: мёд Сигулда', qs: 'q=мёд Сигулда', locale: 'ru', top: ['dravnieciba-bitenieki'], only: ['dravnieciba-bitenieki'], place: 'sigulda' },
	{ behaviour: 'Cyrillic place: в Сигулде (a case form)', qs: 'q=мёд в Сигулде', locale: 'ru', top: ['dravnieciba-bitenieki'], place: 'sigulda' },
	{ behaviour: 'Cyrillic place: сыр Цесис', qs: 'q=сыр Цесис', locale: 'ru', includes: ['liepkalni'], place: 'cesis' },
	{ behaviour: 'Cyrillic place: керамика Елгава', qs: 'q=керамика Елгава', locale: 'ru', top: ['darbnica-glazura'], place: 'jelgava' },
	{ behaviour: 'Cyrillic place: Лиепая', qs: 'q=Лиепая', locale: 'ru', topSet: ['darbnica-vejs', 'piparkuku-darbnica-kanelis'], place: 'liepaja' },
	{ behaviour: 'Cyrillic place: Озолниеки', qs: 'q=Озолниеки', locale: 'ru', topSet: ['ceptuve-silta-maize', 'ozolkalna-kazas'], place: 'ozolnieki' },
	{ behaviour: 'Cyrillic place: волость Берзини (kind word first)', qs: 'q=волость Берзини', locale: 'ru', includes: ['bitites'], excludes: ['berzinu-medus'], place: 'berzinu-pagasts' },
	{ behaviour: 'Cyrillic place on a Latvian page', qs: 'q=сигулда', includes: ['dravnieciba-bitenieki'], place: 'sigulda' },
	{ behaviour: 'English place: Bērziņi Parish', qs: 'q=Bērziņi Parish', locale: 'en', includes: ['bitites'], place: 'berzinu-pagasts' },
	{ behaviour: 'English place: Krimulda Parish', qs: 'q=Krimulda Parish', locale: 'en', includes: ['dravnieciba-bitenieki'], place: 'krimuldas-pagasts' },
	{ behaviour: 'English place: honey Sigulda', qs: 'q=honey Sigulda', locale: 'en', top: ['dravnieciba-bitenieki'], place: 'sigulda' },
	{ behaviour: 'English place: the nominative of a parish finds the name too', qs: 'q=Bērziņi', locale: 'en', top: ['berzinu-medus'], includes: ['bitites'], place: 'berzinu-pagasts' },
	{ behaviour: 'Romanian place: miere Sigulda', qs: 'q=miere Sigulda', locale: 'ro', top: ['dravnieciba-bitenieki'], place: 'sigulda' },
	{ behaviour: 'Romanian place: comuna Bērziņi (kind word first)', qs: 'q=comuna Bērziņi', locale: 'ro', includes: ['bitites'], excludes: ['berzinu-medus'], place: 'berzinu-pagasts' },
	{ behaviour: 'Romanian place: brânză Cēsis', qs: 'q=brânză Cēsis', locale: 'ro', includes: ['liepkalni'], place: 'cesis' },
	{ behaviour: 'name = place in English words: aglonas ceptuve', qs: 'q=aglonas ceptuve', locale: 'en', top: ['aglonas-ceptuve'] },
	{ behaviour: 'name = place, words in the other order', qs: 'q=medus berzinu', top: ['berzinu-medus'] },
	{ behaviour: 'name = place: Latvian explicit parish', qs: 'q=Bērziņu pagasts', includes: ['bitites'], excludes: ['berzinu-medus'], place: 'berzinu-pagasts' }
];
