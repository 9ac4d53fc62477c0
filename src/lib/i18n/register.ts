import type { Locale } from './locales';

/**
 * Telltales of the informal "tu"/"ты" register. Each is a regular expression with the Unicode flag;
 * "\\b" would split Romanian and Russian words at their non-ASCII letters, so word edges are lookarounds
 * on letters only: a hyphen is an edge, as in "conectează-te" and "să-ți".
 */
const word = (alts: string[], flags = 'giu') => new RegExp(`(?<!\\p{L})(?:${alts.join('|')})(?!\\p{L})`, flags);

/** Sentence-initial only: these imperatives equal the 3rd person singular ("salvează" = "(he) saves"). */
const RO_IMPERATIVES = [
	'acceptă', 'acordă', 'activează', 'actualizează', 'adaugă', 'afișează', 'alege', 'anulează', 'apasă', 'aplică',
	'aprobă', 'arată', 'arhivează', 'ascunde', 'autentifică', 'bifează', 'caută', 'cere', 'citește', 'compară',
	'completează', 'confirmă', 'conectează', 'continuă', 'copiază', 'creează', 'deschide', 'descarcă', 'descrie',
	'dublează', 'editează', 'elimină', 'exportă', 'filtrează', 'folosește', 'găsește', 'importă', 'introdu',
	'indică', 'invită', 'începe', 'încarcă', 'încearcă', 'închide', 'înregistrează', 'înscrie', 'leagă', 'lasă',
	'lipește', 'marchează', 'mărește', 'micșorează', 'mută', 'publică', 'raportează', 'redenumește', 'refuză',
	'renunță', 'repetă', 'respinge', 'retrage', 'revendică', 'rezolvă', 'salvează', 'schimbă', 'scrie',
	'selectează', 'setează', 'sortează', 'spune', 'sugerează', 'șterge', 'trimite', 'verifică', 'vezi', 'urmărește'
];

export const RO_INFORMAL: RegExp[] = [
	// Pronouns, possessives and clitics of "tu": "e-mailul tău", "îți trimitem", "să-ți", "autentifică-te".
	word(['tu', 'te', 'tine', 'ție', 'îți', 'ți', 'ta', 'tău', 'tăi', 'tale']),
	// Second person singular verbs.
	word(['ești', 'poți', 'vei', 'vrei', 'știi', 'aveai', 'erai', 'fii', 'vezi', 'alegi', 'arăți', 'adaugi', 'faci', 'scrii', 'trimiți', 'cauți', 'ștergi', 'intri', 'apeși', 'aștepți']),
	// "ai" as "you have", not the genitive article ("parteneri ai proiectului", "ai cărui").
	new RegExp('(?:^|[.!?]\\s+|(?<!\\p{L})(?:nu|dacă|că|când|tu|deja)\\s+)ai(?!\\p{L})|(?<!\\p{L})ai(?= (?:deja|încă|fost|uitat|cerut|primit|trimis|ales|nevoie|dreptul|acces)(?!\\p{L}))', 'giu'),
	// Present tense "-ezi" (not nationalities: "francezi") and the common "-ești" verbs ("-ești" adjectives
	// such as "moldovenești", "bănești" and places such as Fălești are not verbs).
	new RegExp('(?<!\\p{L})(?!(?:chin|franc|engl|oland|dan|japon|portugh|irland|finland|polon|alban|vietnam|liban|milan|genov)ezi)\\p{Ll}+ezi(?!\\p{L})', 'gu'),
	word(['primești', 'găsești', 'folosești', 'urmărești', 'citești', 'dorești', 'vorbești', 'plătești', 'locuiești', 'întâlnești', 'hotărăști', 'oferești', 'privești', 'gândești']),
	// The familiar greeting "Bună, {name}!" (formal: "Bună ziua").
	new RegExp('(?<!\\p{L})Bună(?=[,!])', 'gu'),
	// Informal imperative at the start of a value or sentence.
	new RegExp(`(?:^|[.!?:;—–(]\\s+|\\n)(?:${RO_IMPERATIVES.join('|')})(?!\\p{L})`, 'giu'),
	// Informal imperative with a clitic: "salveaz-o", "trimite-mi" (formal: "salvați-o", "trimiteți-mi").
	new RegExp('(?<!\\p{L})(?!(?:dacă|care|cum|după|pentru|într|dintr|printr|către)-)\\p{L}{3,}(?<!ți)-(?:o|l|le|mi|ne)(?!\\p{L})', 'giu')
];

export const RU_INFORMAL: RegExp[] = [
	word(['ты', 'тебя', 'тебе', 'тобой', 'твой', 'твоя', 'твоё', 'твое', 'твои', 'твоего', 'твоей', 'твоих', 'твоим', 'твоими', 'твою']),
	word(['нажми', 'введи', 'выбери', 'сохрани', 'отправь', 'добавь', 'открой', 'проверь', 'укажи', 'заполни', 'попробуй', 'войди', 'зарегистрируйся', 'посмотри', 'найди', 'удали', 'напиши'])
];

/** Latvian pages speak to people as "jūs": pronouns, second-person singular verbs and imperatives of "tu". */
export const LV_INFORMAL: RegExp[] = [
	word(['tu', 'tev', 'tevi', 'tevis', 'tavs', 'tava', 'tavu', 'tavi', 'tavas', 'tavā', 'tavām', 'tavus', 'tavam', 'tavai']),
	word(['vari', 'nevari', 'varēsi', 'esi', 'biji', 'nebiji', 'saņemsi', 'redzēsi', 'neprasīji', 'neatceries']),
	word(['ievadi', 'izvēlies', 'aizpildi', 'norādi', 'apraksti', 'spied', 'apstiprini', 'iestati', 'samazini', 'mēģini', 'saglabā', 'atzīmē', 'ziņo', 'pievieno', 'lejupielādē', 'labo', 'ienāc', 'atstāj', 'pakustini', 'zini', 'ielīmē', 'neaizpildi', 'pagaidi', 'sūti', 'uzraksti', 'atrodi', 'tuvini', 'attālini', 'maini', 'parādi', 'piesaki'])
];
/** Latvian phrases that look informal but are not: "Pārbaudi gaida" (waits for review), "ar norādi" (with a note). */
const LV_NOT_INFORMAL = /Pārbaudi gaida|gaida pārbaudi|ar norādi/gu;

/** The informal telltales of each language that has a "tu" (English has none). */
export const INFORMAL: Partial<Record<Locale, RegExp[]>> = { lv: LV_INFORMAL, ro: RO_INFORMAL, ru: RU_INFORMAL };

/** The informal words of a message in its language (Latvian false friends removed first). */
export function informalIn(lang: Locale, text: string): string[] {
	return informalHits(lang === 'lv' ? text.replace(LV_NOT_INFORMAL, '') : text, INFORMAL[lang] ?? []);
}

/** Every informal word in a text, for the failure message. */
export function informalHits(text: string, patterns: RegExp[]): string[] {
	return patterns.flatMap((re) => [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))].map((m) => m[0].trim()));
}
