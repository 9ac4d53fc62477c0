/**
 * Place words: "medus Sigulda", "Ozolnieki", "siers Jelgavas novadā". A query word (or a name with
 * its kind word, "Ozolnieku pagasts") that names one Latvian territory — planning region,
 * municipality, town, parish, village or a pre-2021 novads — becomes a territory filter.
 *
 * A word stays text when it is ambiguous:
 * - it is also a common word of the catalogue (product names, category keywords: "liepu" is
 *   linden, not Liepāja), unless the kind word makes it explicit ("Liepas pagasts");
 * - or its best-matching territories lie in different municipalities ("Salas pagasts" exists twice).
 * Historical novadi resolve to the municipality they are part of now (Ozolnieku novads → Jelgavas
 * novads); towns, parishes and villages to their municipality, and they also rank the listings in
 * that locality first.
 */
import type { LocalizedText } from '../../domain/types';
import { foldText } from '../../text/fold';
import { stemLatvianFolded } from '../../text/latvian-stemmer';
import { territoryKindWord, type Word } from './words';
import { caseForms, GENERIC } from './place-forms';

export type PlaceKind = 'planning_region' | 'municipality' | 'town' | 'parish' | 'village' | 'historical_municipality';

export type TerritoryInput = {
	id: number;
	kind: PlaceKind;
	slug: string;
	name: LocalizedText;
	/** valstspilsēta | novads for municipalities. */
	subkind: string | null;
	parentId: number | null;
	successorId: number | null;
	lat: number | null;
	lng: number | null;
};

/** Where a place word points: a planning region, or one municipality (with the locality, if any). */
export type PlaceArea = { regionId: number | null; municipalityId: number | null };

export type PlaceMatch = {
	/** The query words it consumed (their indexes). */
	wordIndexes: number[];
	/** The most specific territory named ("Sigulda" the town, "Ozolnieku novads"). */
	territory: TerritoryInput;
	area: PlaceArea;
	/** Towns, parishes, villages the words named: listings shown there rank first. */
	localityIds: number[];
	/** Stems of the place words: a listing whose own text has them ranks higher too. */
	stems: string[];
	/**
	 * A kind word made it explicit ("Bērziņu pagasts"). Otherwise the words may also be part of a
	 * listing's name ("Bērziņu medus" in Valmieras novads): such listings are found outside the area too.
	 */
	explicit: boolean;
};

/** A word that names places in several municipalities: the areas it could mean. */
export type AmbiguousPlace = { wordIndex: number; areas: TerritoryInput[] };

export type PlaceDetection = { places: PlaceMatch[]; ambiguous: AmbiguousPlace[] };

/**
 * `rank`: 0 a Latvian name as written (or the slug), 1 a name in another language ("Jelgava
 * Municipality"), 2 a case form we derived ("siguldas" from Sigulda). Lower wins.
 */
type Alias = { folded: string; stem: string; territory: TerritoryInput; rank: number };

export type PlaceIndex = {
	byId: ReadonlyMap<number, TerritoryInput>;
	/** single-word names (and their usual case forms), folded → aliases */
	exact: ReadonlyMap<string, Alias[]>;
	/** stem of single-word names → aliases */
	byStem: ReadonlyMap<string, Alias[]>;
	/** two-word names ("Jaunā Parka"), "folded folded" → aliases */
	pairs: ReadonlyMap<string, Alias[]>;
	/** Folded words of the catalogue (product names, category keywords) and their stems. */
	commonWords: ReadonlySet<string>;
	commonStems: ReadonlySet<string>;
};

/** Builds the lookup from Latvian territories and the catalogue's common words (folded). */
export function buildPlaceIndex(territories: readonly TerritoryInput[], commonWords: Iterable<string>): PlaceIndex {
	const exact = new Map<string, Alias[]>();
	const byStem = new Map<string, Alias[]>();
	const pairs = new Map<string, Alias[]>();
	const push = (map: Map<string, Alias[]>, key: string, alias: Alias) => {
		const list = map.get(key) ?? [];
		const same = list.findIndex((a) => a.territory.id === alias.territory.id && a.folded === alias.folded);
		if (same === -1) list.push(alias);
		else if (alias.rank < list[same].rank) list[same] = alias;
		map.set(key, list);
	};
	for (const t of territories) {
		// a planning region is named in the genitive ("Rīgas plānošanas reģions"): that form is weak
		// ("rīgas" is mostly the city's genitive); its slug is the nominative ("zemgale")
		const names: [string, number][] = [[t.name.lv, t.kind === 'planning_region' ? 2 : 0], [t.slug.replace(/-/g, ' '), 0]];
		// a former novads's translated name ("край Елгава") is weak: the city and the current novads come first
		for (const [lang, n] of Object.entries(t.name)) if (lang !== 'lv' && n) names.push([n, t.kind === 'historical_municipality' ? 2 : 1]);
		for (const [name, rank] of names) {
			const words = (foldText(name).match(/\p{L}+/gu) ?? []).filter((w) => !GENERIC.has(w));
			if (words.length === 1) {
				for (const [n, form] of caseForms(words[0]).entries()) {
					const alias = { folded: form, stem: stemLatvianFolded(form), territory: t, rank: n > 0 ? 2 : rank };
					push(exact, form, alias);
					push(byStem, alias.stem, alias);
				}
			} else if (words.length === 2) {
				const folded = words.join(' ');
				const stem = words.map(stemLatvianFolded).join(' ');
				push(pairs, folded, { folded, stem, territory: t, rank });
				push(pairs, stem, { folded, stem, territory: t, rank });
			}
		}
	}
	const words = new Set(commonWords);
	return {
		byId: new Map(territories.map((t) => [t.id, t])),
		exact,
		byStem,
		pairs,
		commonWords: words,
		commonStems: new Set([...words].map(stemLatvianFolded))
	};
}

/** Which of several named territories to show: the municipality itself, else the most local one. */
const SHOW_ORDER: Record<PlaceKind, number> = {
	municipality: 6,
	town: 5,
	village: 5,
	parish: 4,
	historical_municipality: 3,
	planning_region: 1
};

/** The current municipality (or the region) a territory belongs to. */
export function areaOf(t: TerritoryInput, byId: ReadonlyMap<number, TerritoryInput>): PlaceArea | null {
	switch (t.kind) {
		case 'planning_region':
			return { regionId: t.id, municipalityId: null };
		case 'municipality':
			return { regionId: t.parentId, municipalityId: t.id };
		case 'town':
		case 'parish':
		case 'village': {
			const mun = t.parentId === null ? undefined : byId.get(t.parentId);
			return mun ? { regionId: mun.parentId, municipalityId: mun.id } : null;
		}
		case 'historical_municipality': {
			let cur: TerritoryInput | undefined = t;
			for (let hops = 0; cur && cur.kind === 'historical_municipality' && hops < 5; hops++) {
				cur = cur.successorId === null ? undefined : byId.get(cur.successorId);
			}
			return cur && cur.kind === 'municipality' ? { regionId: cur.parentId, municipalityId: cur.id } : null;
		}
	}
}

function commonPrefix(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

/**
 * One area for these candidates, or null when they point to several. A planning region that
 * contains a candidate municipality gives way to it ("Rīgas" → Rīga, not the Rīga planning region).
 */
function resolve(aliases: readonly Alias[], index: PlaceIndex): { area: PlaceArea; aliases: Alias[] } | null {
	const withArea = aliases.flatMap((a) => {
		const area = areaOf(a.territory, index.byId);
		return area ? [{ alias: a, area }] : [];
	});
	const municipalRegions = new Set(withArea.filter((x) => x.area.municipalityId !== null).map((x) => x.area.regionId));
	const kept = withArea.filter((x) => x.area.municipalityId !== null || !municipalRegions.has(x.area.regionId));
	const keys = new Set(kept.map((x) => (x.area.municipalityId !== null ? `m${x.area.municipalityId}` : `r${x.area.regionId}`)));
	if (keys.size !== 1) return null;
	return { area: kept[0].area, aliases: kept.map((x) => x.alias) };
}

const isLocality = (t: TerritoryInput) => t.kind === 'town' || t.kind === 'parish' || t.kind === 'village';

function toMatch(wordIndexes: number[], resolved: { area: PlaceArea; aliases: Alias[] }, stems: string[], index: PlaceIndex, explicit = false): PlaceMatch {
	const territories = resolved.aliases.map((a) => a.territory);
	const territory = [...territories].sort((a, b) => SHOW_ORDER[b.kind] - SHOW_ORDER[a.kind] || a.id - b.id)[0];
	// the localities of that municipality with the same name stem: Ozolnieki (village) and Ozolnieku pagasts
	const sameStem = stems.length === 1 ? (index.byStem.get(stems[0]) ?? []).map((a) => a.territory) : [];
	const inArea = sameStem.filter((t) => isLocality(t) && resolved.area.municipalityId !== null && t.parentId === resolved.area.municipalityId);
	const localityIds = [...new Set([...territories.filter(isLocality), ...inArea].map((t) => t.id))];
	return { wordIndexes, territory, area: resolved.area, localityIds, stems, explicit };
}

/** The municipalities (or regions) a set of aliases points to, for "did you mean" choices. */
function areasOf(aliases: readonly Alias[], index: PlaceIndex): TerritoryInput[] {
	const ids = new Set<number>();
	for (const a of aliases) {
		const area = areaOf(a.territory, index.byId);
		const id = area?.municipalityId ?? area?.regionId;
		if (id !== null && id !== undefined) ids.add(id);
	}
	return [...ids].flatMap((id) => index.byId.get(id) ?? []);
}

/** Finds the place words of a query. Words used up by a place are listed in `wordIndexes`. */
export function detectPlaces(words: readonly Word[], index: PlaceIndex): PlaceDetection {
	const places: PlaceMatch[] = [];
	const ambiguous: AmbiguousPlace[] = [];
	const used = new Set<number>();
	for (let i = 0; i < words.length; i++) {
		if (used.has(i)) continue;
		const w = words[i];
		if (territoryKindWord(w.folded)) continue;

		// "Ozolnieku pagasts", "Jelgavas novadā", "Rīgas plānošanas reģions": the kind word makes it explicit
		const kindIdx: number[] = [];
		let kind: string | undefined;
		for (let j = i + 1; j < words.length && j <= i + 2; j++) {
			const k = territoryKindWord(words[j].folded);
			if (!k) break;
			kind ??= k;
			kindIdx.push(j);
		}
		if (kind) {
			const fits = (t: TerritoryInput) =>
				kind === 'municipality'
					? t.kind === 'historical_municipality' || (t.kind === 'municipality' && t.subkind !== 'valstspilsēta')
					: kind === 'town'
						? t.kind === 'town' || (t.kind === 'municipality' && t.subkind === 'valstspilsēta')
						: t.kind === kind;
			const aliases = (index.byStem.get(w.stem) ?? []).filter((a) => fits(a.territory));
			const resolved = aliases.length ? resolve(bestByPrefix(w.folded, aliases), index) : null;
			if (resolved) {
				places.push(toMatch([i, ...kindIdx], resolved, [w.stem], index, true));
				for (const j of [i, ...kindIdx]) used.add(j);
				continue;
			}
		}

		// two-word names
		if (i + 1 < words.length) {
			const pair = index.pairs.get(`${w.folded} ${words[i + 1].folded}`) ?? index.pairs.get(`${w.stem} ${words[i + 1].stem}`);
			const resolved = pair ? resolve(pair, index) : null;
			if (resolved && !(index.commonWords.has(w.folded) && index.commonWords.has(words[i + 1].folded))) {
				places.push(toMatch([i, i + 1], resolved, [w.stem, words[i + 1].stem], index));
				used.add(i).add(i + 1);
				continue;
			}
		}

		if ([...w.folded].length < 3) continue;
		const exactAll = index.exact.get(w.folded);
		// a Latvian name as written beats another language's name and a derived case form
		// ("jelgava": the city, not "Jelgava Municipality"; "jelgavas": Jelgavas novads)
		const bestRank = exactAll ? Math.min(...exactAll.map((a) => a.rank)) : 0;
		const exact = exactAll?.filter((a) => a.rank === bestRank);
		const candidates = exact ?? index.byStem.get(w.stem);
		if (!candidates) continue;
		// a catalogue word ("liepu", "malta") is text; an inflected form only counts when its stem is not one too
		if (index.commonWords.has(w.folded) || (!exact && index.commonStems.has(w.stem))) continue;
		const best = bestByPrefix(w.folded, candidates);
		const resolved = resolve(best, index);
		if (!resolved) {
			ambiguous.push({ wordIndex: i, areas: areasOf(best, index) });
			continue;
		}
		// a kind word before the name, as Romanian and Russian put it ("comuna Bērziņi", "волость Берзини")
		const before = i > 0 && !used.has(i - 1) && territoryKindWord(words[i - 1].folded) ? [i - 1] : [];
		places.push(toMatch([...before, i], resolved, [w.stem], index, before.length > 0));
		for (const j of [...before, i]) used.add(j);
	}
	return { places, ambiguous };
}

/** The aliases sharing the longest prefix with the typed word ("liepajas" → Liepāja, not Liepas). */
function bestByPrefix(folded: string, aliases: readonly Alias[]): Alias[] {
	const scored = aliases.map((a) => ({ a, n: commonPrefix(folded, a.folded) }));
	const best = Math.max(...scored.map((x) => x.n));
	return scored.filter((x) => x.n === best).map((x) => x.a);
}
