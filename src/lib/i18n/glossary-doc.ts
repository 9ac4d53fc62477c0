/**
 * docs/glossary.md as text, rendered from GLOSSARY: `scripts/glossary-md.ts` writes it and
 * `glossary.test.ts` fails while the committed file differs, so translators never read a stale list.
 */
import { GLOSSARY } from './glossary';
import { LOCALES } from './locales';

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function renderGlossaryDoc(): string {
	const lines = [
		'# Glossary (lv · en · ro · ru)',
		'',
		'Generated from `src/lib/i18n/glossary.ts` by `npx tsx scripts/glossary-md.ts`; do not edit by hand.',
		'`src/lib/i18n/glossary.test.ts` fails when a catalogue value uses a banned word (whole word, any case,',
		'inflected forms included; `{placeholders}` are skipped) or when this file differs from its rendering.',
		'It also checks the formal register (Latvian "jūs", Romanian "dumneavoastră", Russian "вы"; the',
		'telltales are in `register.ts`), Romanian comma-below ș ț and the broken phrases a review found.',
		'',
		'**Fixing a failure:** reword the message with the word in the "use" column. If the banned word is right',
		'there because it is a different term (e.g. "local producer" where Latvian says "vietējais ražotājs"),',
		'narrow the pattern in `glossary.ts` or give it `unlessSource`, then regenerate this file.',
		'',
		'Register: Romanian buttons are short formal imperatives ("Salvați", "Trimiteți"), texts say "dumneavoastră"',
		'/ "vă"; Latvian buttons are infinitives ("Saglabāt"), texts say "jūs"; Russian buttons are infinitives',
		'("Сохранить"), texts say "вы" in lower case.',
		'',
		'| term | lv | en | ro | ru | banned | why |',
		'| --- | --- | --- | --- | --- | --- | --- |'
	];
	for (const t of GLOSSARY) {
		const banned = LOCALES.flatMap((l) => (t.banned[l] ?? []).map((b) => `${l}: ${b.word}${b.unlessSource ? ` (unless lv has "${b.unlessSource}")` : ''}`));
		lines.push(`| ${t.id} | ${LOCALES.map((l) => cell(t.use[l])).join(' | ')} | ${cell(banned.join('; ') || '—')} | ${cell(t.why)} |`);
	}
	return lines.join('\n') + '\n';
}
