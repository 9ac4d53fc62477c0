/** The search flow's hits (flow.ts): display rows, links and the snippet that explains each match. */
import { localized, localizedLang } from '../../domain/localized';
import { openStatus } from '../../domain/opening-hours';
import type { LocalizedText } from '../../domain/types';
import type { ResultType, SearchHit, SearchSnippet, SnippetField } from '../../contracts/search/types';
import { isListingRow, type ListingRow, type MatchRow } from './documents-repository';
import { documentKind } from './document-kinds';
import type { Plan } from './query-plan';
import type { Result, ScoredDoc } from './ranking';
import type { SearchReference } from './reference';
import { makeSnippet, snippetHtml, type HighlightTerms } from './snippet';


export function resultUrl(locale: string, type: ResultType, slug: string): string {
	return `/${locale}/${documentKind(type)?.urlPart}/${encodeURIComponent(slug)}`;
}

const MAX_PRODUCTS = 3;

/** Display data and "why it matched" for the results on the page (their documents carry both), with the engine's score. */
export function toHits(ref: SearchReference, results: readonly (Result & { score: number })[], plan: Plan, terms: HighlightTerms, locale: string, now: Date): Map<string, SearchHit> {
	const out = new Map<string, SearchHit>();
	for (const r of results) {
		const main = r.docs.find((d): d is ScoredDoc & ListingRow => d.entityId === r.id && isListingRow(d));
		if (!main) continue;
		// its best-matching products
		const products = r.docs
			.filter((d) => d.entityType === 'product' && d.score > 0)
			.sort((a, b) => b.score - a.score)
			.slice(0, MAX_PRODUCTS);
		const municipality = ref.territories.get(main.municipalityId);
		const locality = main.localityId !== null ? ref.territories.get(main.localityId) : undefined;
		const status = openStatus(main.hours ?? [], now);
		out.set(r.id, {
			type: r.type,
			id: r.id,
			slug: main.slug,
			name: localized(main.nameI18n, locale) || main.name,
			url: resultUrl(locale, r.type, main.slug),
			externalId: main.externalId,
			kind: main.kind,
			municipality: municipality ? localized(municipality.name, locale) : '',
			municipalitySlug: municipality?.slug ?? '',
			locality: locality ? localized(locality.name, locale) : null,
			point: main.lat !== null && main.lng !== null ? { lat: main.lat, lng: main.lng } : null,
			precision: main.locationPrecision,
			address: main.publicAddress,
			distanceKm: r.distanceKm === null ? null : Math.round(r.distanceKm * 10) / 10,
			openNow: status.state === 'unknown' ? null : status.state === 'open',
			isDemo: main.isDemo,
			match: r.match,
			score: r.score,
			snippet: snippetFor(r, main, products, plan, terms, ref, locale),
			products: products.map((p) => localized(p.nameI18n, locale))
		});
	}
	return out;
}

function snippet(field: SnippetField, text: string, terms: HighlightTerms, lang: string | null, max = 160): SearchSnippet {
	const s = makeSnippet(text, terms, max);
	return { field, text: s.text, ranges: s.ranges.map(([a, b]) => [a, b]), html: snippetHtml(s), lang };
}

/** The field that explains the match best: the name, a product, the description, a category, the place. */
function snippetFor(r: Result, main: ListingRow, products: MatchRow[], plan: Plan, terms: HighlightTerms, ref: SearchReference, locale: string): SearchSnippet | null {
	const hits = plan.textWords.map((_, wi) => (r.bestDocPerWord[wi] === -1 ? null : r.docs[r.bestDocPerWord[wi]].hits[wi]));
	const fields = hits.map((h) => h?.field ?? 'none');
	const bestDoc = (wi: number) => (r.bestDocPerWord[wi] === -1 ? null : r.docs[r.bestDocPerWord[wi]]);
	const mainName = localized(main.nameI18n, locale) || main.name;
	const nameHighlights = makeSnippet(mainName, terms).ranges.length;

	if (plan.textWords.length && fields.every((f) => f === 'name') && plan.textWords.every((_, wi) => bestDoc(wi)?.entityType !== 'product')) {
		return snippet('name', mainName, terms, null);
	}
	const productWord = plan.textWords.findIndex((_, wi) => fields[wi] === 'name' && bestDoc(wi)?.entityType === 'product');
	if (productWord !== -1 && products.length) {
		// each product in the page's language, or in the language its matching name is in ("honey")
		const names = products.map((p) => nameWithMatch(p.nameI18n, locale, terms));
		const lang = names[0].lang;
		return snippet('product', names.map((n) => n.text).join(' · '), terms, lang === locale ? null : lang);
	}
	if (fields.some((f) => f === 'body')) {
		const doc = plan.textWords.map((_, wi) => bestDoc(wi)).find((d, wi) => d && fields[wi] === 'body');
		const body = doc?.entityId === main.entityId ? main.body : (products.find((p) => p.entityId === doc?.entityId)?.body ?? main.body);
		const text = bodyWithMatch(body, locale, terms);
		if (text) return snippet('description', text.text, terms, text.lang === locale ? null : text.lang, 180);
	}
	if (fields.some((f) => f === 'category')) {
		const ids = new Set(plan.textWords.flatMap((w, wi) => (fields[wi] === 'category' ? w.categoryIds : [])));
		const names = ref.categories.filter((c) => ids.has(c.id) && r.categoryIds.has(c.id) && c.parentId !== null).map((c) => localized(c.name, locale));
		const shown = names.length ? names : ref.categories.filter((c) => ids.has(c.id) && r.categoryIds.has(c.id)).map((c) => localized(c.name, locale));
		if (shown.length) return snippet('category', shown.slice(0, 3).join(', '), terms, null);
	}
	if (plan.places.length) {
		const t = main.localityId !== null ? ref.territories.get(main.localityId) : undefined;
		const m = ref.territories.get(main.municipalityId);
		const text = [...new Set([t, m].filter(Boolean).map((x) => localized(x!.name, locale)))].join(', ');
		// only when the place words are in it ("Ozolnieku pagasts"): the location line shows the rest
		const s = snippet('place', text, terms, null);
		return s.ranges.length ? s : null;
	}
	return nameHighlights ? snippet('name', mainName, terms, null) : null;
}

/**
 * A name in the page's language when it matches, else in the first language whose version matches
 * — the words as typed before their translations ("honey" on a Latvian page shows "Linden honey").
 */
function nameWithMatch(name: LocalizedText, locale: string, terms: HighlightTerms): { text: string; lang: string } {
	const own = localized(name, locale);
	const passes = terms.typed ? [{ stems: terms.typed, prefixes: terms.prefixes }, terms] : [terms];
	for (const t of passes) {
		if (makeSnippet(own, t).ranges.length) return { text: own, lang: localizedLang(name, locale) };
		for (const [lang, text] of Object.entries(name)) if (text && makeSnippet(text, t).ranges.length) return { text, lang };
	}
	return { text: own, lang: localizedLang(name, locale) };
}

/** The description in the page's language when it has a match, else the first language that has one. */
function bodyWithMatch(body: LocalizedText | null, locale: string, terms: HighlightTerms): { text: string; lang: string } | null {
	if (!body) return null;
	const entries = Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '');
	const ordered = [...entries.filter(([l]) => l === locale), ...entries.filter(([l]) => l !== locale)];
	for (const [lang, text] of ordered) if (makeSnippet(text, terms, 10_000).ranges.length) return { text, lang };
	return null;
}
