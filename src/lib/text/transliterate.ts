/**
 * Latvian place names in Cyrillic, the way Russian-language texts in Latvia write them
 * ("Sigulda" → "Сигулда", "Jelgava" → "Елгава", "Liepāja" → "Лиепая", "Ērgļi" → "Эргли"):
 * long vowels lose their length, j + vowel is one letter (я, ю, е), a soft consonant (ļ, ņ, ķ, ģ)
 * softens the next vowel or takes a soft sign, and a word-initial e is э. Used for the Russian
 * names of towns, villages and parishes (migration 0016), so that "сигулда" finds Sigulda.
 */

const PLAIN: Record<string, string> = {
	a: 'а', ā: 'а', b: 'б', c: 'ц', č: 'ч', d: 'д', e: 'е', ē: 'е', f: 'ф', g: 'г', ģ: 'г', h: 'х', i: 'и', ī: 'и',
	k: 'к', ķ: 'к', l: 'л', ļ: 'л', m: 'м', n: 'н', ņ: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', ū: 'у',
	v: 'в', z: 'з', ž: 'ж', y: 'и', w: 'в', x: 'кс', q: 'к'
};
const VOWELS = new Set(['a', 'ā', 'e', 'ē', 'i', 'ī', 'o', 'u', 'ū']);
const SOFT = new Set(['ļ', 'ņ', 'ķ', 'ģ']);
/** j + vowel, and the vowel after a soft consonant. */
const IOTATED: Record<string, string> = { a: 'я', ā: 'я', u: 'ю', ū: 'ю', e: 'е', ē: 'е', o: 'ё', i: 'и', ī: 'и' };

function word(w: string): string {
	const s = w.toLocaleLowerCase('lv');
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		const next = s[i + 1];
		const prev = i > 0 ? s[i - 1] : '';
		if (c === 'j') {
			if (next && next in IOTATED && next !== 'i' && next !== 'ī') {
				// after a consonant the iotated vowel needs a soft sign before it ("Zvejnieki" keeps й)
				out += (prev && !VOWELS.has(prev) ? 'ь' : '') + IOTATED[next];
				i++;
			} else out += 'й';
			continue;
		}
		if ((c === 'e' || c === 'ē') && (i === 0 || (VOWELS.has(prev) && prev !== 'i' && prev !== 'ī'))) {
			out += 'э';
			continue;
		}
		if (c === 'i' && prev && VOWELS.has(prev) && prev !== 'i' && prev !== 'ī' && !(next && VOWELS.has(next))) {
			// a diphthong: ai, ei, ui, oi → ай, ей, уй, ой
			out += 'й';
			continue;
		}
		if (SOFT.has(c)) {
			if (next && next in IOTATED && next !== 'i' && next !== 'ī' && next !== 'e' && next !== 'ē') {
				out += PLAIN[c] + IOTATED[next];
				i++;
			} else out += PLAIN[c] + (next === undefined || !VOWELS.has(next) ? 'ь' : '');
			continue;
		}
		out += PLAIN[c] ?? c;
	}
	return out;
}

/** Each word of a Latvian name in Cyrillic, capitalized like the original. */
export function latvianToCyrillic(name: string): string {
	return name.normalize('NFC').replace(/\p{L}+/gu, (w) => {
		const t = word(w);
		return w[0] === w[0].toLocaleUpperCase('lv') && w[0] !== w[0].toLocaleLowerCase('lv') ? t.charAt(0).toLocaleUpperCase('ru') + t.slice(1) : t;
	});
}
