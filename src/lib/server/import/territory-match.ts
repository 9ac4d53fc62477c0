/**
 * Municipality and locality cells as people write them: "Ozolnieku nov.", "Siguldas", "Sigulda",
 * "Jelgavas novads/Ozolnieki", "Rezeknes novads", a pre-2021 novads (resolved through successor_id
 * to today's municipality), a municipality's English or Russian name. Pure: built from the
 * territories table once per import.
 */
import type { LocalizedText } from '../../domain/types';
import { foldText } from '../../text/fold';
import { editDistance } from '../search';
import { isMunicipalKind } from '../geography/municipal-kinds';

export type TerritoryRow = {
	id: number;
	kind: string;
	parentId: number | null;
	successorId: number | null;
	slug: string;
	name: LocalizedText;
};

export type MunicipalityMatch =
	| { ok: true; municipality: TerritoryRow; via: TerritoryRow | null; locality: TerritoryRow | null }
	| { ok: false; suggestions: string[] };

export type LocalityMatch = { ok: true; locality: TerritoryRow } | { ok: false; suggestions: string[] };

const LOCALITY_KINDS = ['town', 'village', 'parish'] as const; // preference when names clash
/** Words (and abbreviations) that say what a name is, not which one. */
const KIND_WORDS = new Set(
	['novads', 'novada', 'nov', 'pašvaldība', 'valstspilsēta', 'pilsēta', 'pils', 'pagasts', 'pag', 'ciems', 'c', 'municipality', 'parish', 'town', 'city', 'village', 'край', 'raionul', 'municipiul', 'r', 'raion', 'rajons', 'mun', 'район', 'муниципий', 'orașul', 'oras', 'satul', 'sat', 'comuna'].map(foldText)
);

const KIND_HINTS: Record<string, string> = { pagasts: 'parish', pag: 'parish', pagasta: 'parish', pilseta: 'town', pils: 'town', ciems: 'village', c: 'village' };

/** The locality kind a cell's own words name ("Ozolnieku pag." → parish), if any. */
function kindHint(text: string): string | undefined {
	for (const w of foldText(text).match(/\p{L}+/gu) ?? []) if (KIND_HINTS[w]) return KIND_HINTS[w];
	return undefined;
}

/** "Ozolnieku nov." → "ozolnieku"; "Rīgas valstspilsēta" → "rigas". */
export function placeKey(text: string): string {
	const words = foldText(text).match(/[\p{L}\d]+/gu) ?? [];
	return words.filter((w) => !KIND_WORDS.has(w)).join(' ');
}

/** Genitive ↔ nominative of a one-word name: siguldas ↔ sigulda, ozolnieku ↔ ozolnieki, ogres ↔ ogre. */
function keyForms(key: string): string[] {
	const forms = [key];
	if (key.includes(' ')) return forms;
	if (/[ae]s$/.test(key)) forms.push(key.slice(0, -1));
	if (/[ae]$/.test(key)) forms.push(key + 's');
	if (/u$/.test(key)) forms.push(key.slice(0, -1) + 'i', key.slice(0, -1) + 'as', key.slice(0, -1) + 'a');
	if (/i$/.test(key)) forms.push(key.slice(0, -1) + 'u');
	if (/s$/.test(key) && !/[ae]s$/.test(key)) forms.push(key.slice(0, -1) + 'a');
	return forms;
}

export type TerritoryMatcher = {
	resolveMunicipality(text: string): MunicipalityMatch;
	resolveLocality(municipalityId: number, text: string): LocalityMatch;
	byId: ReadonlyMap<number, TerritoryRow>;
};

export function buildTerritoryMatcher(rows: readonly TerritoryRow[]): TerritoryMatcher {
	const byId = new Map(rows.map((r) => [r.id, r]));
	const municipalityOf = (t: TerritoryRow): TerritoryRow | undefined => {
		for (let cur: TerritoryRow | undefined = t; cur; cur = cur.parentId ? byId.get(cur.parentId) : undefined) {
			if (isMunicipalKind(cur.kind)) return cur;
		}
		return undefined;
	};
	// key → [municipality, the name it came through]; earlier (stronger) entries are never replaced
	const municipalKeys = new Map<string, { municipality: TerritoryRow; via: TerritoryRow | null; locality: TerritoryRow | null }>();
	const add = (key: string, value: { municipality: TerritoryRow; via: TerritoryRow | null; locality: TerritoryRow | null }) => {
		if (key && !municipalKeys.has(key)) municipalKeys.set(key, value);
	};
	const current = rows.filter((r) => isMunicipalKind(r.kind));
	const historical = rows.filter((r) => r.kind === 'historical_municipality' && r.successorId);
	const namesOf = (r: TerritoryRow) => [...Object.values(r.name).filter((n): n is string => !!n), r.slug.replace(/-/g, ' ')];
	// strongest first: today's names as written, then historical novadi, then derived case forms
	for (const r of current) for (const n of namesOf(r)) add(placeKey(n), { municipality: r, via: null, locality: null });
	for (const r of historical) {
		const successor = byId.get(r.successorId!);
		if (successor) for (const n of namesOf(r)) add(placeKey(n), { municipality: successor, via: r, locality: null });
	}
	for (const r of current) for (const n of namesOf(r)) for (const f of keyForms(placeKey(n)).slice(1)) add(f, { municipality: r, via: null, locality: null });
	for (const r of historical) {
		const successor = byId.get(r.successorId!);
		if (successor) for (const n of namesOf(r)) for (const f of keyForms(placeKey(n)).slice(1)) add(f, { municipality: successor, via: r, locality: null });
	}
	// a town's name ("Sigulda") names its municipality when no municipality has that name
	for (const r of rows.filter((t) => t.kind === 'town')) {
		const mun = municipalityOf(r);
		if (mun) for (const f of keyForms(placeKey(r.name.lv))) add(f, { municipality: mun, via: null, locality: r });
	}
	const suggestionNames = [...current, ...historical].map((r) => ({ key: placeKey(r.name.lv), name: r.name.lv }));

	// municipality id → key → localities with that name; rank 0 = the name itself, 1 = a derived case form
	const localities = new Map<number, Map<string, { t: TerritoryRow; rank: number }[]>>();
	for (const r of rows) {
		if (!(LOCALITY_KINDS as readonly string[]).includes(r.kind)) continue;
		const mun = municipalityOf(r);
		if (!mun) continue;
		const map = localities.get(mun.id) ?? new Map<string, { t: TerritoryRow; rank: number }[]>();
		localities.set(mun.id, map);
		keyForms(placeKey(r.name.lv)).forEach((f, i) => map.set(f, [...(map.get(f) ?? []), { t: r, rank: i === 0 ? 0 : 1 }]));
	}
	// a translated name ("Сорока", a Russian-language sheet of a Moldovan LAG) where no Latvian one has that key
	for (const r of rows) {
		if (!(LOCALITY_KINDS as readonly string[]).includes(r.kind)) continue;
		const map = localities.get(municipalityOf(r)?.id ?? -1);
		if (!map) continue;
		for (const [lang, n] of Object.entries(r.name)) {
			const key = lang === 'lv' || !n ? '' : placeKey(n);
			if (key && !map.has(key)) map.set(key, [{ t: r, rank: 1 }]);
		}
	}

	function suggest(key: string, candidates: readonly { key: string; name: string }[]): string[] {
		const max = Math.max(2, Math.floor(key.length / 3));
		return candidates
			.map((c) => ({ name: c.name, d: Math.min(editDistance(key, c.key), ...keyForms(key).map((f) => editDistance(f, c.key))) }))
			.filter((c) => c.d <= max)
			.sort((a, b) => a.d - b.d || a.name.localeCompare(b.name, 'lv'))
			.map((c) => c.name)
			.filter((n, i, all) => all.indexOf(n) === i)
			.slice(0, 3);
	}

	function lookup(text: string) {
		for (const f of keyForms(placeKey(text))) {
			const hit = municipalKeys.get(f);
			if (hit) return hit;
		}
		return undefined;
	}

	// spreadsheets repeat the same few dozen names thousands of times: remember the answers
	const municipalMemo = new Map<string, MunicipalityMatch>();
	const localityMemo = new Map<string, LocalityMatch>();
	const matcher: TerritoryMatcher = {
		byId,
		resolveMunicipality(text) {
			let hit = municipalMemo.get(text);
			if (!hit) municipalMemo.set(text, (hit = resolveMunicipality(text)));
			return hit;
		},
		resolveLocality(municipalityId, text) {
			const key = `${municipalityId}|${text}`;
			let hit = localityMemo.get(key);
			if (!hit) localityMemo.set(key, (hit = resolveLocality(municipalityId, text)));
			return hit;
		}
	};
	return matcher;

	function resolveMunicipality(text: string): MunicipalityMatch {
		const whole = lookup(text);
		if (whole) return { ok: true, ...whole };
		// "Jelgavas novads/Ozolnieki", "Ozolnieki, Jelgavas nov.", "Ozolnieku pag. (Jelgavas nov.)"
		const parts = text.split(/[/,;()\\]+/).map((p) => p.trim()).filter(Boolean);
		if (parts.length > 1) {
			// prefer the part that is a municipality's own name ("Jelgavas nov." over the former "Ozolnieku pag.")
			const hits = parts.map((part) => ({ part, hit: lookup(part) })).filter((x) => x.hit);
			const chosen = hits.find((x) => !x.hit!.via && !x.hit!.locality) ?? hits[0];
			if (chosen) {
				const rest = parts.filter((p) => p !== chosen.part).join(' ');
				const loc = matcher.resolveLocality(chosen.hit!.municipality.id, rest);
				return { ok: true, ...chosen.hit!, locality: loc.ok ? loc.locality : chosen.hit!.locality };
			}
		}
		return { ok: false, suggestions: suggest(placeKey(text), suggestionNames) };
	}

	function resolveLocality(municipalityId: number, text: string): LocalityMatch {
		const map = localities.get(municipalityId);
		const key = placeKey(text);
		const hint = kindHint(text);
		const candidates = keyForms(key).flatMap((f) => map?.get(f) ?? []);
		// the kind word decides ("Ozolnieku pag." is the parish), then the name as written, then town < village < parish
		const order = (c: { t: TerritoryRow; rank: number }) => (hint && c.t.kind !== hint ? 10 : 0) + c.rank * 3 + LOCALITY_KINDS.indexOf(c.t.kind as (typeof LOCALITY_KINDS)[number]);
		const best = [...candidates].sort((a, b) => order(a) - order(b))[0];
		if (best) return { ok: true, locality: best.t };
		const names = [...new Set([...(map?.values() ?? [])].flat().map((c) => c.t))].map((r) => ({ key: placeKey(r.name.lv), name: r.name.lv }));
		return { ok: false, suggestions: suggest(key, names) };
	}
}
