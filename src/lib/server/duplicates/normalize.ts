/**
 * Keys under which two listings count as "the same": a name without legal form, quotes and
 * diacritics, a phone in E.164, a lower-cased e-mail and a website without scheme and www.
 *
 * Each function has a twin in SQL (migration 0009: tuvuma_dedupe_name / _phone / _email / _website)
 * so that the stored rows can be matched through expression indexes; `duplicates.db.test.ts` checks
 * the twins agree on every name, phone, e-mail and website of the demo seed and on awkward samples.
 */

/**
 * Lower-case Latin letters with diacritics (U+00C0–U+024F) and й, ё → their base letter; what
 * NFD + dropping combining marks does, spelled out because SQL's translate() needs the table.
 * `normalize.test.ts` regenerates it and checks migration 0009 carries the same one.
 */
export const FOLD_FROM =
	'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳйё';
export const FOLD_TO =
	'aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooyие';

const FOLD = new Map([...FOLD_FROM].map((ch, i) => [ch, FOLD_TO[i]]));

/**
 * Legal forms (after folding) that say nothing about which business it is: Latvian Z/S, SIA, IK,
 * AS, PS, biedrība, nodibinājums, zemnieku saimniecība, individuālais komersants, Moldovan SRL, II, GȚ.
 * Kept in step with the SQL pattern in migration 0009.
 */
export const LEGAL_FORM_PATTERN =
	'(^| )(z s|zs|sia|ik|as|ps|srl|ii|gt|biedriba|nodibinajums|zemnieku saimnieciba|individualais komersants)(?= |$)';
const LEGAL_FORM = new RegExp(LEGAL_FORM_PATTERN, 'g');

/** "Z/S „Kalnmuižas”" → "kalnmuizas"; "" when nothing but a legal form is left. */
export function dedupeName(name: string): string {
	const folded = [...name.toLowerCase()].map((ch) => FOLD.get(ch) ?? ch).join('');
	const words = folded.replace(/[^a-z0-9а-я]+/g, ' ').trim();
	return words.replace(LEGAL_FORM, ' ').replace(/ +/g, ' ').trim();
}

/**
 * A phone in E.164 when the country is evident: 8 digits = Latvia (+371), 9 digits with a leading 0
 * = Moldova (+373), 00… = international. Only the first of several numbers ("2912 3456, 6712 3456")
 * counts. Other digit strings of 7+ digits are compared as they are; shorter ones are ignored.
 */
export function dedupePhone(phone: string | null | undefined): string | null {
	if (!phone) return null;
	const first = phone.split(/[,;/]/)[0].trim();
	const digits = first.replace(/[^0-9]/g, '');
	if (digits.length < 7) return null;
	if (first.startsWith('+')) return '+' + digits;
	if (digits.startsWith('00')) return '+' + digits.slice(2);
	if (digits.length === 8) return '+371' + digits;
	if (digits.length === 9 && digits.startsWith('0')) return '+373' + digits.slice(1);
	if (digits.length === 11 && (digits.startsWith('371') || digits.startsWith('373'))) return '+' + digits;
	return digits;
}

export function dedupeEmail(email: string | null | undefined): string | null {
	const trimmed = email?.trim().toLowerCase();
	return trimmed ? trimmed : null;
}

/**
 * "https://www.Kalnmuizas.lv/" → "kalnmuizas.lv". The path is kept ("facebook.com/kalnmuizas",
 * "example.lv/kalnmuizas") because many small producers live on a shared host; query and fragment go.
 */
export function dedupeWebsite(website: string | null | undefined): string | null {
	if (!website) return null;
	const key = website
		.trim()
		.toLowerCase()
		.replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
		.replace(/^www\./, '')
		.replace(/[?#].*$/, '')
		.replace(/\/+$/, '');
	return key ? key : null;
}

/**
 * Words that say what kind of business it is, not which one (after dedupeName): "Siera darbnīca"
 * and "Ādas darbnīca" share "darbnica" and look 40 % alike to trigrams, but are two workshops.
 */
export const GENERIC_WORDS = new Set([
	'darbnica', 'darbnicas', 'darbnicu', 'saimnieciba', 'saimniecibas', 'seta', 'setas', 'maja', 'majas', 'veikals', 'veikalins',
	'bode', 'ceptuve', 'maiznica', 'razotne', 'kooperativs', 'tirgus', 'tirdzins', 'gadatirgus',
	'workshop', 'farm', 'shop', 'bakery', 'мастерская', 'ферма', 'магазин', 'atelier', 'ferma', 'magazin'
]);

/** pg_trgm's similarity(): shared trigrams of the padded words over all trigrams of both. */
export function trigramSimilarity(a: string, b: string): number {
	const grams = (s: string) => new Set(s.split(' ').filter(Boolean).flatMap((w) => [...`  ${w} `].slice(0, -2).map((_, i) => `  ${w} `.slice(i, i + 3))));
	const ga = grams(a);
	const gb = grams(b);
	if (!ga.size || !gb.size) return 0;
	let shared = 0;
	for (const g of ga) if (gb.has(g)) shared++;
	return shared / (ga.size + gb.size - shared);
}

/**
 * How alike two dedupe names are once the generic words are gone; null when one of them is nothing
 * but generic words (then the whole name is all there is to compare).
 */
export function distinctiveSimilarity(a: string, b: string): number | null {
	const strip = (s: string) => s.split(' ').filter((w) => w && !GENERIC_WORDS.has(w)).join(' ');
	const sa = strip(a);
	const sb = strip(b);
	return sa && sb ? trigramSimilarity(sa, sb) : null;
}
