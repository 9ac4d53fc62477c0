/**
 * The search flow's query plan (flow.ts): the words of a query as text words, place words and stop
 * words; URL filters as ids; and what the miss log and the page keep of them.
 */
import { localized } from '../../domain/localized';
import type { AppliedPlace, SearchParams, SearchResponse } from '../../contracts/search/types';
import { categoriesForStem } from './categories';
import { detectPlaces, areaOf, type PlaceMatch } from './places';
import type { FacetFilter, PlannedVariant, PlannedWord } from './ranking';
import type { RankQuery } from './engine';
import type { SearchReference } from './reference';
import type { MemoryIndex } from './memory-index';
import { latvianStemsFor } from './translations';
import { pickCorrections } from './typos';
import { splitWords, STOP_WORDS, type Word } from './words';

export type Plan = {
	words: Word[];
	textWords: PlannedWord[];
	stopWords: string[];
	places: PlaceMatch[];
	ambiguous: SearchResponse['ambiguousPlaces'];
	corrections: { from: string; to: string[] }[];
};

/**
 * Text words: stems, category ids, prefix variant for a word still being typed, typo corrections
 * for unknown words. Whether a stem is known, and which vocabulary words a typo may stand for,
 * are the memory index's answers.
 */
export function planQuery(ix: MemoryIndex, ref: SearchReference, params: SearchParams, locale: string): Plan {
	const words = splitWords(params.q);
	const detection = params.placeWords ? detectPlaces(words, ref.places) : { places: [], ambiguous: [] };
	const used = new Set(detection.places.flatMap((p) => p.wordIndexes));
	const rest = words.map((w, i) => ({ w, i })).filter((x) => !used.has(x.i));
	const meaningful = rest.filter((x) => !STOP_WORDS.has(x.w.folded));
	// a query of stop words only ("in") is searched as it is
	const text = meaningful.length ? meaningful : detection.places.length ? [] : rest;
	const stopWords = rest.filter((x) => !text.includes(x)).map((x) => x.w.folded);

	const known = new Set(text.map((x) => x.w.stem).filter((stem) => ix.hasStem(stem)));
	const translated = translate(text.map((x) => x.w), ix);
	const lastIndex = words.length - 1;
	const corrections: Plan['corrections'] = [];
	const planned: PlannedWord[] = [];
	const carried: string[] = [];
	for (const [k, { w, i }] of text.entries()) {
		// the second word of a two-word form ("sea buckthorn") is carried by the first
		if (translated.carried.has(k)) {
			carried.push(w.folded);
			continue;
		}
		const variants: PlannedVariant[] = [];
		const categoryIds = categoriesForStem(ref.categoryIndex, w.stem);
		if (known.has(w.stem)) variants.push({ stem: w.stem, prefix: false, tier: 'stem', folded: w.folded });
		else if (i === lastIndex && [...w.folded].length >= 3 && ix.hasStemWithPrefix(w.stem)) {
			variants.push({ stem: w.stem, prefix: true, tier: 'prefix', folded: w.folded });
		}
		for (const stem of translated.stems[k]) if (!variants.some((v) => v.stem === stem)) variants.push({ stem, prefix: false, tier: 'translation', folded: stem });
		if (variants.length === 0 && categoryIds.length === 0) {
			const fixes = pickCorrections(w.folded, ix.typoCandidates(w.folded));
			for (const c of fixes) variants.push({ stem: c.stem, prefix: false, tier: 'typo', folded: c.term });
			if (fixes.length) corrections.push({ from: w.text, to: fixes.map((c) => c.term) });
		}
		planned.push({ word: w, variants, categoryIds });
	}
	return {
		words,
		textWords: planned,
		stopWords: [...stopWords, ...carried],
		places: detection.places,
		ambiguous: detection.ambiguous.map((a) => ({
			word: words[a.wordIndex].text,
			queryWithout: withoutWords(params.q, [words[a.wordIndex]]),
			options: a.areas.map((t) => ({ param: t.kind === 'planning_region' ? ('region' as const) : ('municipality' as const), slug: t.slug, name: localized(t.name, locale) }))
		})),
		corrections
	};
}

/**
 * Latvian stems for English, Romanian and Russian product words (translations.ts), only those the
 * index knows; a pair of adjacent words that is one form ("sea buckthorn") goes to the first word.
 */
function translate(words: readonly Word[], ix: MemoryIndex): { stems: string[][]; carried: Set<number> } {
	const known = (stems: string[]) => stems.filter((s) => ix.hasStem(s));
	const stems = words.map(() => [] as string[]);
	const carried = new Set<number>();
	for (let k = 0; k < words.length; k++) {
		if (carried.has(k)) continue;
		const pair = k + 1 < words.length ? known(latvianStemsFor([words[k].folded, words[k + 1].folded])) : [];
		if (pair.length) {
			stems[k] = pair;
			carried.add(k + 1);
		} else stems[k] = known(latvianStemsFor([words[k].folded]));
	}
	return { stems, carried };
}

/** A single place word's centre breaks ties between equally good results (nearer first). */
export function tieOriginOf(plan: Plan): { lat: number; lng: number } | null {
	const t = plan.places.length === 1 ? plan.places[0].territory : null;
	return t && t.lat !== null && t.lng !== null ? { lat: t.lat, lng: t.lng } : null;
}

/**
 * The engine's query for a plan: words, the place words' area (a listing named with them passes
 * too), ranking context and filters — the search page's and a saved search's alike. The caller
 * adds which results it wants (groups, one type's page, a window, or all of them).
 */
export function baseRankQuery(
	plan: Plan,
	o: { filter: FacetFilter; origin: { lat: number; lng: number } | null; radiusKm: number | null; minute: number; sort: RankQuery['sort'] }
): Omit<RankQuery, 'single' | 'merged' | 'groupSize' | 'radiusSteps'> {
	const area = plan.places.length
		? {
				municipalityIds: [...new Set(plan.places.flatMap((p) => (p.area.municipalityId !== null ? [p.area.municipalityId] : [])))],
				regionIds: [...new Set(plan.places.flatMap((p) => (p.area.municipalityId === null && p.area.regionId !== null ? [p.area.regionId] : [])))],
				named: plan.places.filter((p) => !p.explicit).map((p) => p.stems)
			}
		: null;
	return {
		words: plan.textWords,
		area,
		origin: o.origin,
		radiusKm: o.origin ? o.radiusKm : null,
		minute: o.minute,
		placeNames: plan.places.map((p) => p.stems),
		placeLocalityIds: plan.places.flatMap((p) => p.localityIds),
		stopWords: plan.stopWords,
		tieOrigin: tieOriginOf(plan),
		filter: o.filter,
		sort: o.sort
	};
}

/** Adds typo corrections to known words too (when exact and stemmed hits are few). */
export function widenWithTypos(ix: MemoryIndex, plan: Plan): boolean {
	let widened = false;
	for (const pw of plan.textWords) {
		if (pw.variants.some((v) => v.tier === 'typo')) continue;
		const fixes = pickCorrections(pw.word.folded, ix.typoCandidates(pw.word.folded)).filter((c) => !pw.variants.some((v) => v.stem === c.stem));
		if (fixes.length === 0) continue;
		// added quietly: the word itself was found, the corrections only add lower-ranked hits
		pw.variants.push(...fixes.map((c) => ({ stem: c.stem, prefix: false, tier: 'typo' as const, folded: c.term })));
		widened = true;
	}
	return widened;
}

type Resolved = {
	filter: FacetFilter;
	ignored: { param: string; value: string }[];
	origin: { lat: number; lng: number; label: string | null } | null;
};

/** What `near_place` may name, in the order a slug is looked up (a town before the parish around it). */
export const NEAR_PLACE_KINDS = ['municipality', 'town', 'village', 'parish'] as const;

/** Slugs → ids; unknown slugs are reported and ignored. */
export function resolveFilters(ref: SearchReference, params: SearchParams, locale: string): Resolved {
	const ignored: Resolved['ignored'] = [];
	const ids = <T extends { slug: string }>(param: string, values: readonly string[], find: (slug: string) => T[] | undefined, toIds: (x: T[]) => number[]) => {
		if (values.length === 0) return null;
		const out: number[] = [];
		for (const v of values) {
			const found = find(v);
			if (found?.length) out.push(...toIds(found));
			else ignored.push({ param, value: v });
		}
		return out.length ? [...new Set(out)] : null;
	};
	const cats = ref.categories;
	const categoryIds = ids(
		'category',
		params.categories,
		(slug) => cats.filter((c) => c.slug === slug),
		(found) => found.flatMap((c) => [c.id, ...cats.filter((x) => x.parentId === c.id).map((x) => x.id)])
	);
	const labelIds = ids('label', params.labels, (slug) => ref.labels.filter((l) => l.slug === slug), (f) => f.map((l) => l.id));
	const territories = [...ref.territories.values()];
	const regionIds = ids('region', params.regions, (slug) => territories.filter((t) => t.kind === 'planning_region' && t.slug === slug), (f) => f.map((t) => t.id));
	const municipalityIds = ids('municipality', params.municipalities, (slug) => territories.filter((t) => t.kind === 'municipality' && t.slug === slug), (f) => f.map((t) => t.id));

	let origin: Resolved['origin'] = params.near ? { ...params.near, label: null } : null;
	if (!origin && params.nearPlace) {
		const t = NEAR_PLACE_KINDS.map((kind) => territories.find((x) => x.kind === kind && x.slug === params.nearPlace)).find(Boolean);
		if (t && t.lat !== null && t.lng !== null) origin = { lat: t.lat, lng: t.lng, label: localized(t.name, locale) };
		else ignored.push({ param: 'near_place', value: params.nearPlace });
	}
	return {
		filter: { types: params.types, categoryIds, kinds: params.kinds, labelIds, regionIds, municipalityIds, openNow: params.openNow },
		ignored,
		origin
	};
}

/** Filters as the miss log keeps them: no coordinates (a "near me" point is where someone is). */
export function missFilters(p: SearchParams, plan: Plan): Record<string, unknown> {
	return filtersForLog(p, plan.places.map((x) => x.territory.slug));
}

/** The filters of a search as the logs (misses, regional demand) keep them: a point only as "point". */
export function filtersForLog(p: SearchParams, placeSlugs: readonly string[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	if (p.types.length) out.type = p.types;
	if (p.categories.length) out.category = p.categories;
	if (p.kinds.length) out.kind = p.kinds;
	if (p.labels.length) out.label = p.labels;
	if (p.regions.length) out.region = p.regions;
	if (p.municipalities.length) out.municipality = p.municipalities;
	if (p.openNow) out.open = true;
	if (p.near) out.near = 'point';
	if (p.nearPlace) out.near_place = p.nearPlace;
	if (p.radiusKm !== null) out.radius = p.radiusKm;
	if (placeSlugs.length) out.place = [...placeSlugs];
	return out;
}

export function missMunicipality(ref: SearchReference, p: SearchParams, plan: Plan): number | null {
	const fromPlace = plan.places.find((x) => x.area.municipalityId !== null)?.area.municipalityId;
	if (fromPlace) return fromPlace;
	if (p.municipalities.length === 1) {
		const t = [...ref.territories.values()].find((x) => x.kind === 'municipality' && x.slug === p.municipalities[0]);
		if (t) return t.id;
	}
	if (p.nearPlace) {
		const t = [...ref.territories.values()].find((x) => (NEAR_PLACE_KINDS as readonly string[]).includes(x.kind) && x.slug === p.nearPlace);
		if (t) return areaOf(t, ref.territories)?.municipalityId ?? null;
	}
	return null;
}

export function appliedPlace(p: PlaceMatch, q: string, words: readonly Word[], ref: SearchReference, locale: string, namedElsewhere = 0): AppliedPlace {
	const areaT = p.area.municipalityId !== null ? ref.territories.get(p.area.municipalityId) : p.area.regionId !== null ? ref.territories.get(p.area.regionId) : undefined;
	return {
		words: p.wordIndexes.map((i) => words[i].text).join(' '),
		name: localized(p.territory.name, locale),
		kind: p.territory.kind,
		slug: p.territory.slug,
		areaName: areaT ? localized(areaT.name, locale) : '',
		queryWithout: withoutWords(q, p.wordIndexes.map((i) => words[i])),
		namedElsewhere: p.explicit ? 0 : namedElsewhere
	};
}

/** The typed query with some words cut out (by their offsets), spaces tidied. */
export function withoutWords(q: string, remove: readonly Pick<Word, 'start' | 'end'>[]): string {
	const text = q.normalize('NFC');
	let out = '';
	let pos = 0;
	for (const w of [...remove].sort((a, b) => a.start - b.start)) {
		out += text.slice(pos, w.start);
		pos = w.end;
	}
	out += text.slice(pos);
	return out.replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').replace(/^[\s,.;:]+|[\s,;:]+$/g, '').trim();
}
