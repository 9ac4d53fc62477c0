/** Autocomplete for the search box (flow.ts re-exports it). */
import { localized } from '../../domain/localized';
import { foldText } from '../../text/fold';
import { searchUrl } from '../../contracts/search/url';
import type { ResultType, SuggestResponse, Suggestion } from '../../contracts/search/types';
import type { Db } from '../db/types';
import { config } from '../config/env';
import { suggestNames, type SuggestRow } from './documents-repository';
import { cacheOf, type GenerationLru } from './generation-lru';
import { resultUrl } from './hits';
import { defaultParams, normalizeQueryText } from './params';
import { searchReference } from './reference';
import { indexState } from './results-repository';
import { splitWords } from './words';

const SUGGEST_NAMES = 6;
const SUGGEST_MAX = 10;

/**
 * Names found for a prefix, kept per database until the search index's generation moves on
 * (generation-lru.ts): people type the same first letters ("med", "ka") all day long.
 */
const namesCaches = new WeakMap<Db, GenerationLru<Promise<SuggestRow[]>>>();

async function namesFor(db: Db, folded: string): Promise<SuggestRow[]> {
	const { generation } = await indexState(db);
	return cacheOf(namesCaches, db).getAsync(generation, folded, config().SEARCH_CACHE_ENTRIES, () => suggestNames(db, folded, SUGGEST_NAMES));
}

/** Autocomplete: names (prefix of the folded name, indexed), products, categories and places. */
export async function suggest(db: Db, rawQuery: string, locale: string): Promise<SuggestResponse> {
	const q = normalizeQueryText(rawQuery);
	const folded = foldText(q);
	if ([...folded].length < 2) return { q, suggestions: [] };
	const ref = await searchReference(db);
	const words = splitWords(q);
	const last = words.at(-1);
	const head = last ? q.slice(0, last.start).trim() : q;
	const withHead = (completion: string) => (head ? `${head} ${completion}` : completion);

	const rows = await namesFor(db, folded);
	const out: Suggestion[] = [];
	const seen = new Set<string>();
	const push = (s: Suggestion) => {
		const key = `${s.type}:${foldText(s.label)}`;
		if (seen.has(key) || out.length >= SUGGEST_MAX) return;
		seen.add(key);
		out.push(s);
	};
	const municipalityName = (id: number) => {
		const t = ref.territories.get(id);
		return t ? localized(t.name, locale) : null;
	};
	let products = 0;
	let entities = 0;
	for (const r of rows) {
		if (r.entityType === 'product') {
			if (products >= 3) continue;
			products++;
			const label = localized(r.nameI18n, locale) || r.name;
			push({ type: 'product', label, detail: null, url: searchUrl(locale, { ...defaultParams(), q: label }) });
		} else {
			if (entities >= SUGGEST_NAMES) continue;
			entities++;
			push({ type: r.entityType as Suggestion['type'], label: r.name, detail: municipalityName(r.municipalityId), url: resultUrl(locale, r.resultType as ResultType, r.slug) });
		}
	}

	// categories and places complete the word being typed
	const lastFolded = last?.folded ?? folded;
	if ([...lastFolded].length >= 2) {
		for (const c of ref.categories) {
			const names = Object.values(c.name).filter((n): n is string => !!n);
			const hit = names.some((n) => splitWords(n).some((w) => w.folded.startsWith(lastFolded))) || c.keywords.split(/\s+/).some((k) => k.startsWith(lastFolded) && lastFolded.length >= 3);
			if (!hit) continue;
			push({ type: 'category', label: localized(c.name, locale), detail: null, url: searchUrl(locale, { ...defaultParams(), q: head, categories: [c.slug] }) });
		}
		const places = [...ref.territories.values()]
			.filter((t) => (t.kind === 'municipality' || t.kind === 'town') && foldText(localized(t.name, 'lv')).startsWith(lastFolded))
			.sort((a, b) => (a.kind === b.kind ? a.id - b.id : a.kind === 'town' ? -1 : 1))
			.slice(0, 3);
		for (const t of places) {
			const name = localized(t.name, locale);
			const mun = t.kind === 'town' && t.parentId !== null ? municipalityName(t.parentId) : null;
			push({ type: 'territory', label: name, detail: mun, url: searchUrl(locale, { ...defaultParams(), q: withHead(localized(t.name, 'lv')) }) });
		}
	}
	return { q, suggestions: out };
}
