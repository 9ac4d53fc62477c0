import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, wholeWord } from './glossary';
import { renderGlossaryDoc } from './glossary-doc';
import { LOCALES, type Locale } from './locales';
import { informalIn } from './register';

/**
 * Every catalogue value against the glossary (docs/glossary.md), the formal register and the phrases a
 * review found broken. A failure names the key, the variant and the word; fix the message, never the
 * list, unless the word is really a different term (then narrow the banned pattern or use unlessSource).
 */
type Catalogue = Record<string, unknown>;
const catalogues = Object.fromEntries(
	LOCALES.map((lang) => [lang, JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Catalogue])
) as Record<Locale, Catalogue>;

interface Text {
	key: string;
	/** The plural/select variant, e.g. "countPlural=one", or "" for a plain string. */
	variant: string;
	text: string;
}

function texts(catalogue: Catalogue): Text[] {
	const out: Text[] = [];
	for (const [key, value] of Object.entries(catalogue)) {
		if (key === '$schema') continue;
		if (typeof value === 'string') out.push({ key, variant: '', text: value });
		else if (Array.isArray(value))
			for (const v of value as { match?: Record<string, string> }[])
				for (const [variant, text] of Object.entries(v.match ?? {})) out.push({ key, variant, text });
	}
	return out;
}

/** Placeholders are code, not words: "{email}" is no "email". */
const plain = (text: string) => text.replace(/\{[^}]*\}/g, '{}');
const where = (t: Text) => (t.variant ? `${t.key} [${t.variant}]` : t.key);
const source = (key: string) => JSON.stringify(catalogues.lv[key] ?? '');

describe('glossary', () => {
	it.each(LOCALES)('%s uses no banned synonym', (lang) => {
		const found: string[] = [];
		for (const term of GLOSSARY)
			for (const banned of term.banned[lang] ?? []) {
				const re = wholeWord(banned.re);
				const unless = banned.unlessSource ? new RegExp(banned.unlessSource, 'iu') : null;
				for (const t of texts(catalogues[lang]))
					if (re.test(plain(t.text)) && !(unless && unless.test(source(t.key))))
						found.push(`${where(t)}: "${banned.word}" (${term.id} → "${term.use[lang]}")`);
			}
		expect(found).toEqual([]);
	});
	it('docs/glossary.md is its current rendering (npx tsx scripts/glossary-md.ts)', () => {
		expect(readFileSync('docs/glossary.md', 'utf8')).toBe(renderGlossaryDoc());
	});
	it('every banned pattern catches the word it names', () => {
		// a pattern that matches nothing would let every catalogue pass
		const missed = GLOSSARY.flatMap((term) =>
			LOCALES.flatMap((lang) => (term.banned[lang] ?? []).filter((b) => !wholeWord(b.re).test(b.sample ?? b.word)).map((b) => `${term.id} ${lang}: ${b.word}`))
		);
		expect(missed).toEqual([]);
	});
});

describe('formal register', () => {
	it.each(['lv', 'ro', 'ru'] as const)('%s speaks to the reader formally (jūs, dumneavoastră, вы), never "tu"/"ты"', (lang) => {
		const found = texts(catalogues[lang]).flatMap((t) => informalIn(lang, plain(t.text)).map((w) => `${where(t)}: "${w}"`));
		expect(found).toEqual([]);
	});
	it('the telltales catch what they are for', () => {
		expect(informalIn('lv', 'Ievadi savu e-pastu, un tev atsūtīsim saiti').sort()).toEqual(['Ievadi', 'tev']);
		expect(informalIn('lv', 'Ieraksts gaida pārbaudi; ar norādi')).toEqual([]);
		expect(informalIn('ro', 'Salvează modificările tale').sort()).toEqual(['Salvează', 'tale']);
		expect(informalIn('ru', 'Нажми, чтобы сохранить твой ответ').sort()).toEqual(['Нажми', 'твой'].sort());
	});
	it('Russian writes "вы", "вам", "ваш" in lower case inside a sentence (as the rest of the site does)', () => {
		const capital = /(?<=[\p{Ll},;:]\s)(?:Вы|Вас|Вам|Вами|Ваш\p{Ll}*)(?!\p{L})/u;
		const found = texts(catalogues.ru).filter((t) => capital.test(t.text)).map(where);
		expect(found).toEqual([]);
	});
});

describe('spelling and broken phrases', () => {
	it('Romanian uses comma-below ș ț, never cedilla ş ţ', () => {
		const found = texts(catalogues.ro).filter((t) => /[şţŞŢ]/u.test(t.text)).map(where);
		expect(found).toEqual([]);
	});
	it('Russian puts no colon between a preposition and its word ("5 км от: вас")', () => {
		const found = texts(catalogues.ru).filter((t) => /(?<!\p{L})(от|до|для|из|к|с|у):\s/iu.test(t.text)).map(where);
		expect(found).toEqual([]);
	});
	it('Russian "заявить" always says what is claimed ("заявить права на …")', () => {
		const bare = /(?<!\p{L})заяв(?:ить|ите|ил|ила|ил\(а\)|лю|им)(?!\p{L})(?![^.!?;]{0,30}прав)/iu;
		const found = texts(catalogues.ru).filter((t) => bare.test(t.text)).map(where);
		expect(found).toEqual([]);
	});
	it('Russian has no "это никто из них"', () => {
		const found = texts(catalogues.ru).filter((t) => /никто из них/iu.test(t.text)).map(where);
		expect(found).toEqual([]);
	});
	it('Romanian counts of 20 and more take "de": "{max} caractere" is a plural message', () => {
		// A number placed before a noun needs a plural message (one/few/other) whose "other" says "de";
		// prepositions ("{count} din 5") and abbreviations ("{count} min") take none.
		const found = texts(catalogues.ro)
			.filter((t) => /\{(?:count|max|min|n)\}\s+(?!(?:de|din|dintre|la|fără|pe|și|sau|min|p|MB|KB|km)(?!\p{L}))\p{Ll}/u.test(t.text))
			.filter((t) => t.variant === '' || t.variant.endsWith('=*'))
			.map((t) => `${where(t)}: ${t.text}`);
		expect(found).toEqual([]);
	});
	it('Latvian "par N dienām" in the zero form', () => {
		const found = texts(catalogues.lv)
			.filter((t) => t.variant.endsWith('=zero') && /par \{count\} dienu/u.test(t.text))
			.map(where);
		expect(found).toEqual([]);
	});
	it('every form of moderation_queue_shown says "oldest first"', () => {
		const phrase: Record<Locale, string> = {
			lv: 'vecākie vispirms',
			en: 'oldest first',
			ro: 'cele mai vechi primele',
			ru: 'сначала старые'
		};
		for (const lang of LOCALES) {
			// without the key the loop below would check nothing and pass
			expect(catalogues[lang], lang).toHaveProperty('moderation_queue_shown');
			const forms = texts(catalogues[lang]).filter((x) => x.key === 'moderation_queue_shown');
			expect(forms.length, lang).toBeGreaterThan(0);
			for (const t of forms) expect(`${lang} ${where(t)}: ${t.text}`).toContain(phrase[lang]);
		}
	});
});
