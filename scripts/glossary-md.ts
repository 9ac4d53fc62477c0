/**
 * Writes docs/glossary.md from src/lib/i18n/glossary.ts, so translators read the same list the test
 * enforces. Run: npx tsx scripts/glossary-md.ts
 */
import { writeFileSync } from 'node:fs';
import { GLOSSARY, type Lang } from '../src/lib/i18n/glossary';

const LANGS: Lang[] = ['lv', 'en', 'ro', 'ru'];
const cell = (s: string) => s.replace(/\|/g, '\\|');
const lines = [
	'# Glossary (lv · en · ro · ru)',
	'',
	'Generated from `src/lib/i18n/glossary.ts` by `npx tsx scripts/glossary-md.ts`; do not edit by hand.',
	'`src/lib/i18n/glossary.test.ts` fails when a catalogue value uses a banned word (whole word, any case,',
	'inflected forms included; `{placeholders}` are skipped). It also checks the formal register (Romanian',
	'"dumneavoastră", Russian "вы", Latvian "jūs" in `formal-register.test.ts`), Romanian comma-below ș ț and',
	'the broken phrases a review found.',
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
	const banned = LANGS.flatMap((l) =>
		(t.banned[l] ?? []).map((b) => `${l}: ${b.word}${b.unlessSource ? ` (unless lv has "${b.unlessSource}")` : ''}`)
	);
	lines.push(
		`| ${t.id} | ${LANGS.map((l) => cell(t.use[l])).join(' | ')} | ${cell(banned.join('; ') || '—')} | ${cell(t.why)} |`
	);
}
writeFileSync('docs/glossary.md', lines.join('\n') + '\n');
