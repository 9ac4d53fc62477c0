/**
 * Relevance cases of issue 12 (items 4–6): names that are place names, place searches that find
 * nothing in the place, product words in another language than the listing's, Cyrillic and
 * English place names — in all four languages. Slugs are the demo seed's.
 */
import type { RelevanceCase } from './relevance-cases';

export const NAME_PLACE_CASES: RelevanceCase[] = [
	// --- a listing's name that is also a place name (item 4): the name wins, the place still counts
	{ behaviour: 'name = place: no diacritics', qs: 'q=berzinu medus', top: ['berzinu-medus'], place: 'berzinu-pagasts' },
	{ behaviour: 'name = place: with diacritics', qs: 'q=Bērziņu medus', top: ['berzinu-medus'], match: 'exact' },
	{ behaviour: 'name = place: both shown (honey in Krāslavas novads too)', qs: 'q=berzinu medus', includes: ['berzinu-medus', 'bitites'], namedElsewhere: true },
	{ behaviour: 'name = place: English page', qs: 'q=Bērziņu medus', locale: 'en', top: ['berzinu-medus'] },
	{ behaviour: 'name = place: Russian page', qs: 'q=berzinu medus', locale: 'ru', top: ['berzinu-medus'] },
	{ behaviour: 'name = place: Romanian page', qs: 'q=berzinu medus', locale: 'ro', top: ['berzinu-medus'] },
	{ behaviour: 'name = place: the name alone', qs: 'q=aglonas ceptuve', top: ['aglonas-ceptuve'] },
	{ behaviour: 'name = place: a producer in the place still found', qs: 'q=aglonas', includes: ['aglonas-ceptuve', 'teju-maja-vigriezes'] },
	{ behaviour: 'name = place: with the kind word it is the place only', qs: 'q=Bērziņu pagasts medus', excludes: ['berzinu-medus'], place: 'berzinu-pagasts' },
	{ behaviour: 'name = place: a town named in a listing', qs: 'q=talsu kupinatava', top: ['talsu-kupinatava'], namedElsewhere: false },
	{ behaviour: 'name = place: a place named in no listing stays a plain place', qs: 'q=medus Sigulda', namedElsewhere: false, place: 'sigulda' },

	// --- nothing in the place: the nearest outside it, never spelling advice (item 5)
	{ behaviour: 'nothing in the place: jam in Rīga', qs: 'q=ievarijums riga', total: [0, 0], place: 'riga', nearby: { includes: ['annas-virtuve'], maxKm: 15 }, wordsFound: true },
	{ behaviour: 'nothing in the place: cheese in Rīga', qs: 'q=siers riga', total: [0, 0], nearby: { includes: ['ozolkalna-kazas'], maxKm: 50 }, wordsFound: true },
	{ behaviour: 'nothing in the place: honey in Cēsis', qs: 'q=medus cesis', total: [0, 0], place: 'cesis', nearby: { includes: ['berzinu-medus'], maxKm: 25 }, wordsFound: true },
	{ behaviour: 'nothing in the place: jam in Jelgava', qs: 'q=ievarijums jelgava', total: [0, 0], place: 'jelgava', nearby: { includes: ['zemenkalni'], maxKm: 50 }, wordsFound: true },
	{ behaviour: 'nothing in the place: English page', qs: 'q=jam riga', locale: 'en', total: [0, 0], nearby: { includes: ['annas-virtuve'] }, wordsFound: true },
	{ behaviour: 'nothing in the place: Russian page', qs: 'q=сыр рига', locale: 'ru', total: [0, 0], nearby: { includes: ['ozolkalna-kazas'] }, wordsFound: true },
	{ behaviour: 'nothing in the place: Romanian page', qs: 'q=miere cesis', locale: 'ro', total: [0, 0], nearby: { includes: ['berzinu-medus'] }, wordsFound: true },
	{ behaviour: 'a word found nowhere: spelling advice', qs: 'q=xyzzyq riga', total: [0, 0], wordsFound: false },
	{ behaviour: 'found, but not with the filters: no spelling advice', qs: 'q=medus&kind=social_enterprise', total: [0, 0], wordsFound: true }
];
