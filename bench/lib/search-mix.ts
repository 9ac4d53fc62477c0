// A realistic mix of search queries for /api/v1/search, deterministic: product and category words as
// people type them — with and without diacritics, inflected, with typos, with a place, in English,
// Russian and Romanian, producer names — and how often each comes (a few very common, many rare).
import { CRAFTS } from '../../src/lib/server/seed/catalog-crafts';
import { FOOD } from '../../src/lib/server/seed/catalog-food';
import { mulberry32 } from '../../src/lib/server/seed/prng';
import { foldText } from '../../src/lib/text/fold';

/** Words visitors from abroad type (the catalogue's English names come from the seed). */
const RUSSIAN = ['мёд', 'мед', 'сыр', 'копчёный сыр', 'варенье', 'хлеб', 'ржаной хлеб', 'копчёная рыба', 'рыба', 'мясо', 'колбаса', 'керамика', 'свечи', 'грибы', 'яйца', 'масло', 'травяной чай', 'сидр', 'вино', 'шерсть', 'корзины', 'ягоды', 'клюква', 'черника', 'сало', 'пиво', 'сладости', 'мыло'];
const ROMANIAN = ['miere', 'brânză', 'branza', 'dulceață', 'dulceata', 'pâine', 'paine', 'pește afumat', 'peste', 'carne', 'cârnați', 'ceramică', 'ceramica', 'lumânări', 'ciuperci', 'ouă', 'ulei', 'ceai', 'vin', 'lână', 'coșuri', 'fructe de pădure', 'afine', 'săpun'];
const ENGLISH_EXTRA = ['honey', 'cheese', 'smoked fish', 'rye bread', 'jam', 'eggs', 'candles', 'pottery', 'mushrooms', 'cider', 'farm shop', 'goat cheese', 'organic', 'wool socks', 'herbal tea'];
/** Places as typed: towns, novadi, with and without diacritics, locative, Cyrillic. */
const PLACES = ['Sigulda', 'Siguldā', 'Cēsis', 'Cesis', 'Cēsīs', 'Valmiera', 'Valmierā', 'Kuldīga', 'Kuldiga', 'Talsi', 'Talsos', 'Ogre', 'Tukums', 'Jelgava', 'Jelgavā', 'Bauska', 'Dobele', 'Madona', 'Gulbene', 'Alūksne', 'Aluksne', 'Rēzekne', 'Rezekne', 'Daugavpils', 'Krāslava', 'Ludza', 'Preiļi', 'Limbaži', 'Saulkrasti', 'Smiltene', 'Liepāja', 'Liepaja', 'Ventspils', 'Saldus', 'Aizkraukle', 'Jēkabpils', 'Rīga', 'Riga', 'Latgale', 'Vidzeme', 'Kurzeme', 'Zemgale', 'Ozolnieki', 'Mārupe', 'Ādaži', 'сигулда', 'рига', 'цесис', 'кулдига'];
/** Producer-name words from the generated data's patterns (bench/dataset/generate.ts). */
const NAMES = ['Kalnieši', 'kalniesi', 'Bērziņu', 'berzinu drava', 'Ozolmājas', 'Lejasbrenči', 'Priedaines', 'Saulgrieži', 'Avotiņi', 'Liepkalni', 'Zīles', 'Rūķīši', 'Auziņas', 'Dzirnavas', 'Silmalas', 'Mežvidi', 'Vītoli', 'Ķēniņi', 'Gaiļi', 'Lāčplēši'];

const words = (text: string) => text.toLocaleLowerCase('lv').split(/[^\p{L}]+/u).filter((w) => w.length > 2);

/** Latvian forms people type: the accusative, genitive and plural of the catalogue's nominative words. */
function inflect(word: string): string[] {
	if (word.endsWith('s') && !word.endsWith('is')) return [word.slice(0, -1) + 'u', word.slice(0, -1) + 'a', word.slice(0, -1) + 'i'];
	if (word.endsWith('is')) return [word.slice(0, -2) + 'i', word.slice(0, -2) + 'ju'];
	if (word.endsWith('a')) return [word.slice(0, -1) + 'as', word.slice(0, -1) + 'u'];
	if (word.endsWith('e')) return [word.slice(0, -1) + 'es', word.slice(0, -1) + 'i'];
	return [];
}

/** One slip of the finger: a letter dropped, doubled, swapped with the next or replaced by its neighbour. */
function typo(word: string, rnd: () => number): string {
	const i = 1 + Math.floor(rnd() * (word.length - 2));
	switch (Math.floor(rnd() * 4)) {
		case 0:
			return word.slice(0, i) + word.slice(i + 1);
		case 1:
			return word.slice(0, i) + word[i] + word.slice(i);
		case 2:
			return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
		default:
			return word.slice(0, i) + 'qwertyuiopasdfghjklzxcvbnm'[Math.floor(rnd() * 26)] + word.slice(i + 1);
	}
}

export type MixQuery = { q: string; lang: 'lv' | 'en' | 'ru' | 'ro'; kind: string };

/** At least `distinct` different queries (query + language), each a search a person would type. */
export function searchQueries(distinct = 1200, seed = 20261205): MixQuery[] {
	const rnd = mulberry32(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
	const products = [...Object.values(FOOD), ...Object.values(CRAFTS)];
	const lvNames = [...new Set(products.map((p) => p.lv.toLocaleLowerCase('lv')))];
	const enNames = [...new Set(products.flatMap((p) => (p.en ? [p.en.toLowerCase()] : [])).concat(ENGLISH_EXTRA))];
	const lvWords = [...new Set(lvNames.flatMap(words))];
	const out = new Map<string, MixQuery>();
	const add = (q: string, lang: MixQuery['lang'], kind: string) => {
		const text = q.trim().replace(/\s+/g, ' ');
		if (text.length >= 2 && !out.has(`${lang}:${text}`)) out.set(`${lang}:${text}`, { q: text, lang, kind });
	};
	for (const name of lvNames) add(name, 'lv', 'product name');
	for (const w of lvWords) add(w, 'lv', 'word');
	for (const w of lvWords) add(foldText(w), 'lv', 'no diacritics');
	for (const name of lvNames) add(foldText(name), 'lv', 'no diacritics');
	for (const w of lvWords) for (const form of inflect(w)) add(form, 'lv', 'inflected');
	for (const name of enNames) add(name, 'en', 'English');
	for (const w of RUSSIAN) add(w, 'ru', 'Russian');
	for (const w of ROMANIAN) add(w, 'ro', 'Romanian');
	for (const n of NAMES) add(n, 'lv', 'producer name');
	for (const place of PLACES) add(place, 'lv', 'place');
	// typos, places with products, and mixed languages until there are enough
	while (out.size < distinct * 1.6) {
		const r = rnd();
		if (r < 0.35) add(typo(pick(lvWords.filter((w) => w.length >= 5)), rnd), 'lv', 'typo');
		else if (r < 0.7) add(`${pick(lvWords)} ${pick(PLACES)}`, 'lv', 'word + place');
		else if (r < 0.8) add(`${pick(enNames)} ${pick(PLACES)}`, 'en', 'English + place');
		else if (r < 0.9) add(`${pick(RUSSIAN)} ${pick(PLACES)}`, 'ru', 'Russian + place');
		else add(`${foldText(pick(lvNames))} ${foldText(pick(PLACES))}`, 'lv', 'no diacritics + place');
	}
	// a deterministic shuffle, then the first `distinct` are the mix
	const all = [...out.values()];
	for (let i = all.length - 1; i > 0; i--) {
		const j = Math.floor(rnd() * (i + 1));
		[all[i], all[j]] = [all[j], all[i]];
	}
	return all.slice(0, Math.max(distinct, 1000));
}

/**
 * `requests` searches drawn from the queries with Zipf-like popularity (the k-th most popular comes
 * about 1/k as often as the first), as a search box sees them: a few words very often, most rarely.
 */
export function zipfStream(queries: MixQuery[], requests: number, seed = 7): MixQuery[] {
	const rnd = mulberry32(seed);
	const weights = queries.map((_, k) => 1 / (k + 1));
	const total = weights.reduce((a, b) => a + b, 0);
	const cumulative: number[] = [];
	weights.reduce((acc, w, i) => (cumulative[i] = acc + w / total), 0);
	return Array.from({ length: requests }, () => {
		const x = rnd();
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid] < x) lo = mid + 1;
			else hi = mid;
		}
		return queries[lo];
	});
}

/** A mix query's cold search over the API (its default window of 24). */
export const searchUrl = (base: string, q: Pick<MixQuery, 'q' | 'lang'>) => `${base}/api/v1/search?q=${encodeURIComponent(q.q)}&lang=${q.lang}`;

/**
 * The warm-up every search bench runs first (the engine's code, the database's cache): page 2 of
 * the first 400 queries, which a measured run never asks for, so no answer it needs is kept.
 */
export const warmUpUrls = (base: string, queries: readonly MixQuery[]) => queries.slice(0, 400).map((q) => `${searchUrl(base, q)}&page=2`);
