/**
 * Names of towns, villages, parishes and former novadi in English, Romanian and Russian (issue 12:
 * "English pages translate pagasts"). Migration 0001 named them in Latvian only, so English pages
 * said "Bērziņu pagasts" and Russian ones mixed "Сигулдский край" with "Mores pagasts".
 *
 * A parish is named after a place in the genitive ("Bērziņu pagasts" — of Bērziņi); the other
 * languages use the nominative: "Bērziņi Parish", "comuna Bērziņi", "волость Берзини". The
 * nominative is the name of a town or village of the same municipality whose genitive it is
 * (Kalnciema → Kalnciems), else the regular ending (-as → -a, -es → -e, -u → -i, -a → -s;
 * -pils, -us and -o stay).
 */
import { latvianToCyrillic } from '../../src/lib/text/transliterate';

export type Names = { lv: string; en?: string; ro?: string; ru?: string };
export type NamedTerritory = { id: number; kind: string; parentId: number | null; successorId: number | null; name: Names };

/** The genitive forms a nominative Latvian name can have (Cēsis → Cēsu, Kalnciems → Kalnciema). */
export function genitivesOf(nominative: string): string[] {
	const w = nominative;
	if (/(pils|us|o)$/.test(w)) return [w];
	if (/is$/.test(w)) return [w.slice(0, -2) + 'u', w.slice(0, -2) + 'a'];
	if (/(as|es)$/.test(w)) return [w.slice(0, -2) + 'u'];
	if (/[ae]$/.test(w)) return [w + 's'];
	if (/i$/.test(w)) return [w.slice(0, -1) + 'u'];
	if (/[sš]$/.test(w)) return [w.slice(0, -1) + 'a'];
	return [w];
}

/** The nominative of a genitive name word, preferring a known place of that name. */
export function nominativeOf(genitive: string, known: readonly string[] = []): string {
	const match = known.find((k) => genitivesOf(k).includes(genitive));
	if (match) return match;
	const w = genitive;
	if (/(pils|us|o)$/.test(w)) return w;
	if (/(as|es)$/.test(w)) return w.slice(0, -1);
	if (/u$/.test(w)) return w.slice(0, -1) + 'i';
	if (/a$/.test(w)) return w.slice(0, -1) + 's';
	return w;
}

const KIND_WORD = / (pagasts|novads)$/;

/** en/ro/ru names for one territory, or null when it has them or needs none. */
export function translatedNames(t: NamedTerritory, all: ReadonlyMap<number, NamedTerritory>): Omit<Names, 'lv'> | null {
	if (t.name.en || t.name.ro || t.name.ru) return null;
	const lv = t.name.lv;
	if (t.kind === 'town' || t.kind === 'village') return { en: lv, ro: lv, ru: latvianToCyrillic(lv) };
	if (t.kind !== 'parish' && t.kind !== 'historical_municipality') return null;
	if (!KIND_WORD.test(lv)) return null;
	const words = lv.replace(KIND_WORD, '').split(' ');
	// towns and villages of the same (current) municipality
	const municipalityId = t.kind === 'parish' ? t.parentId : currentMunicipality(t, all);
	const known = [...all.values()].filter((x) => (x.kind === 'town' || x.kind === 'village') && x.parentId === municipalityId).map((x) => x.name.lv);
	const last = words.length - 1;
	const nominative = [...words.slice(0, last), nominativeOf(words[last], known)].join(' ');
	const ru = latvianToCyrillic(nominative);
	return t.kind === 'parish'
		? { en: `${nominative} Parish`, ro: `comuna ${nominative}`, ru: `волость ${ru}` }
		: { en: `${nominative} Municipality`, ro: `Municipalitatea ${nominative}`, ru: `край ${ru}` };
}

function currentMunicipality(t: NamedTerritory, all: ReadonlyMap<number, NamedTerritory>): number | null {
	let cur: NamedTerritory | undefined = t;
	for (let hops = 0; cur && cur.kind === 'historical_municipality' && hops < 5; hops++) cur = cur.successorId === null ? undefined : all.get(cur.successorId);
	return cur?.id ?? null;
}
