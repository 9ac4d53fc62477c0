/**
 * The glossary of Tuvumā's four catalogues: for each term the one word to use per language and the
 * synonyms that must not appear, with why. `glossary.test.ts` checks every catalogue value against it and
 * `docs/glossary.md` mirrors it for translators (regenerate with `npx tsx scripts/glossary-md.ts`).
 *
 * A banned entry is a regular-expression source matched as a whole word (no letter, digit or hyphen on
 * either side), case-insensitively, after `{placeholders}` are removed. Inflections are covered by
 * listing the forms or by a stem followed by `\p{L}*`. `unlessSource` lifts the ban where the Latvian
 * value of the same key contains that stem (the word is then a different term, e.g. "local producer").
 */
import type { Locale } from './locales';

export interface Banned {
	/** Regular-expression source for the word or phrase (whole word, case-insensitive). */
	re: string;
	/** Shown in the failure message and the doc. */
	word: string;
	/** Allowed where the Latvian value of the same key matches this (case-insensitive) stem. */
	unlessSource?: string;
	/** A text the pattern must catch, where `word` describes rather than spells it (the test checks). */
	sample?: string;
}

export interface Term {
	id: string;
	use: Record<Locale, string>;
	banned: Partial<Record<Locale, Banned[]>>;
	why: string;
}

const L = '\\p{L}*';
/** A stem and any ending: `stem('ярлык')` bans "ярлык", "ярлыка", "ярлыки"… */
const stem = (x: string, word = x): Banned => ({ re: `${x}${L}`, word });

export const GLOSSARY: Term[] = [
	{
		id: 'novads',
		use: { lv: 'novads', en: 'municipality', ro: 'municipalitate', ru: 'край' },
		banned: {
			ro: [{ re: `municipi(?:u|ul|ului|i|ii|ile|ilor)`, word: 'municipiu', unlessSource: 'municipij' }],
			ru: [stem('муниципалитет')],
			en: [{ re: `count(?:y|ies)`, word: 'county' }]
		},
		why: 'To a Moldovan a "municipiu" is a city such as Chișinău or Bălți, not a Latvian novads; Russian speakers in Latvia say "край".'
	},
	{
		id: 'pašvaldība',
		use: { lv: 'pašvaldība', en: 'municipality', ro: 'municipalitate', ru: 'самоуправление' },
		banned: {},
		why: 'The local government (council) of a novads or state city; Russian distinguishes it from the territory "край".'
	},
	{
		id: 'pagasts',
		use: { lv: 'pagasts', en: 'parish', ro: 'comună', ru: 'волость' },
		banned: {
			ro: [stem('parohi', 'parohie')]
		},
		why: 'A "parohie" is a church parish; the Moldovan "comună" (a rural unit of villages) is the same level as a pagasts.'
	},
	{
		id: 'valstspilsēta',
		use: { lv: 'valstspilsēta', en: 'state city', ro: 'oraș de stat', ru: 'государственный город' },
		banned: {
			lv: [{ re: `republikas pilsēt${L}`, word: 'republikas pilsēta' }],
			ro: [{ re: `oraș${L} republican${L}`, word: 'oraș republican' }],
			ru: [{ re: `республиканск${L} город${L}`, word: 'республиканский город' }]
		},
		why: 'The 2021 reform renamed "republikas pilsētas" to "valstspilsētas"; "municipiu" is banned under novads.'
	},
	{
		id: 'sales point',
		use: { lv: 'tirdzniecības vieta', en: 'place to buy (public pages) / sales point (staff screens)', ro: 'punct de vânzare', ru: 'точка продаж' },
		banned: {
			lv: [{ re: `pārdošanas viet${L}`, word: 'pārdošanas vieta' }],
			ro: [{ re: `loc(?:ul|uri|urile|ului|urilor)? de vânzare`, word: 'loc de vânzare' }],
			ru: [
				{ re: `мест${L} продаж${L}`, word: 'место продажи' },
				{ re: `торгов${L} мест${L}`, word: 'торговое место' }
			]
		},
		why: 'One name for a market, shop or farm shop; "loc" and "место" are the platform\'s word for a coworking place (lv "vieta").'
	},
	{
		id: 'home producer',
		use: { lv: 'mājražotājs', en: 'home producer', ro: 'producător casnic', ru: 'домашний производитель' },
		banned: {
			lv: [{ re: `mājas ražotāj${L}`, word: 'mājas ražotājs' }],
			ro: [
				{ re: `producător${L} (?:de casă|de acasă|la domiciliu)`, word: 'producător de casă / de acasă' },
				{ re: `producător${L} local${L}`, word: 'producător local', unlessSource: 'vietēj' }
			],
			ru: [
				{ re: `надомн${L} производител${L}`, word: 'надомный производитель' },
				{ re: `местн${L} производител${L}`, word: 'местный производитель', unlessSource: 'vietēj' }
			]
		},
		why: 'Mājražotājs is a legal status (food made at home and sold); "local producer" is a different term, used only where Latvian says "vietējais".'
	},
	{
		id: 'listing',
		use: { lv: 'ieraksts', en: 'listing', ro: 'înregistrare (profil where Latvian says profils)', ru: 'запись' },
		banned: {},
		why: 'A producer\'s entry in the directory (not "объявление", a classified advertisement; not banned, as it also means an announcement).'
	},
	{
		id: 'claim',
		use: { lv: 'pieteikt īpašumtiesības (pieteikums)', en: 'claim', ro: 'revendica (revendicare)', ru: 'заявить права (заявка)' },
		banned: {},
		why: 'Russian "заявить" needs an object: "заявить права на запись"; the test rejects a bare "заявить".'
	},
	{
		id: 'label',
		use: { lv: 'zīme', en: 'label', ro: 'etichetă', ru: 'знак (качества)' },
		banned: {
			ro: [{ re: `marcă|mărci|mărcile|mărcii|mărcilor`, word: 'marcă' }],
			ru: [stem('ярлык')]
		},
		why: 'A quality label or certificate such as "Zaļā karote"; "marcă" is a brand (trade mark).'
	},
	{
		id: 'report',
		use: { lv: 'ziņojums', en: 'report', ro: 'raport (semnalare)', ru: 'сообщение' },
		banned: {
			ro: [stem('reclamați', 'reclamație')],
			ru: [stem('донос')]
		},
		why: 'A visitor\'s report of wrong data; "reclamație" is a consumer complaint, "донос" a denunciation.'
	},
	{
		id: 'directory',
		use: { lv: 'katalogs', en: 'directory', ro: 'catalog', ru: 'каталог' },
		banned: {
			lv: [stem('direktorij', 'direktorija')],
			ro: [{ re: `director(?:ul|ului)? (?:open-source|al|de producători)`, word: 'director (as catalogue)', sample: 'directorul de producători' }],
			ru: [stem('справочник')]
		},
		why: 'In Romanian a "director" is a person or a folder; the catalogue of producers is a "catalog".'
	},
	{
		id: 'account',
		use: { lv: 'konts', en: 'account', ro: 'cont', ru: 'учётная запись' },
		banned: {
			lv: [{ re: `profils lietotāj${L}|lietotāja profil${L}`, word: 'lietotāja profils' }],
			ru: [{ re: `акк?аунт${L}`, word: 'аккаунт' }]
		},
		why: 'One word for the sign-in account; a "profil" is a producer\'s public page.'
	},
	{
		id: 'e-mail',
		use: { lv: 'e-pasts', en: 'e-mail', ro: 'e-mail', ru: 'e-mail (field label: «Эл. почта»)' },
		banned: {
			lv: [{ re: `epast${L}|e-mail${L}|imeil${L}`, word: 'epasts / e-mails' }],
			en: [stem('email')],
			ro: [
				stem('email'),
				{ re: `poșt${L} electronic${L}`, word: 'poștă electronică' }
			],
			ru: [{ re: `email|емейл${L}|имейл${L}|мейл${L}`, word: 'email / имейл' }]
		},
		why: 'The hyphenated spelling everywhere; placeholders such as {email} are not checked.'
	},
	{
		id: 'organisation',
		use: { lv: 'organizācija (VRG for a LEADER group)', en: 'organisation (LAG)', ro: 'organizație (GAL)', ru: 'организация (МИГ)' },
		banned: {
			en: [stem('organization')]
		},
		why: 'British spelling in English; in Romanian not "organizare" (the act of organising).'
	},
	{
		id: 'event',
		use: { lv: 'pasākums', en: 'event', ro: 'eveniment', ru: 'мероприятие' },
		banned: { ro: [stem('manifestați', 'manifestație')] },
		why: 'A "manifestație" is a street demonstration.'
	},
	{
		id: 'survey',
		use: { lv: 'aptauja', en: 'survey', ro: 'sondaj', ru: 'опрос' },
		banned: { ro: [stem('anchet', 'anchetă')] },
		why: '"Anchetă" is also a police inquiry; "chestionar" (the form) is allowed.'
	},
	{
		id: 'mentor',
		use: { lv: 'mentors', en: 'mentor', ro: 'mentor', ru: 'наставник' },
		banned: { ru: [stem('ментор')] },
		why: '"Наставник" is the usual Russian word; "ментор" sounds lecturing.'
	},
	{
		id: 'contest',
		use: { lv: 'konkurss', en: 'contest', ro: 'concurs', ru: 'конкурс' },
		banned: {},
		why: 'One word for a call with applications judged by a jury.'
	},
	{
		id: 'participant',
		use: { lv: 'dalībnieks', en: 'participant', ro: 'participant', ru: 'участник' },
		banned: {},
		why: 'One word for a person taking part in an event, survey, programme or contest.'
	}
];

/** Whole-word wrapper: no letter, digit or hyphen on either side. */
export function wholeWord(source: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${source})(?![\\p{L}\\p{N}-])`, 'iu');
}
