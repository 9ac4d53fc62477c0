import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Latvian pages speak to people as "jūs" throughout (the guide's register). The informal "tu" shows
 * itself in pronouns and in second-person singular verb forms; these words never belong in a message.
 */
/** A whole word in any letters ("\\b" would split Latvian words at their ā, ē, ū). */
const words = (list: string[]) => new RegExp(`(?<!\\p{L})(${list.join('|')})(?!\\p{L})`, 'iu');
const INFORMAL = [
	words(['tu', 'tev', 'tevi', 'tevis', 'tavs', 'tava', 'tavu', 'tavi', 'tavas', 'tavā', 'tavām', 'tavus', 'tavam', 'tavai']),
	words(['vari', 'nevari', 'varēsi', 'esi', 'biji', 'nebiji', 'saņemsi', 'redzēsi', 'neprasīji', 'neatceries']),
	words(['ievadi', 'izvēlies', 'aizpildi', 'norādi', 'apraksti', 'spied', 'apstiprini', 'iestati', 'samazini', 'mēģini', 'saglabā', 'atzīmē', 'ziņo', 'pievieno', 'lejupielādē', 'labo', 'ienāc', 'atstāj', 'pakustini', 'zini', 'ielīmē', 'neaizpildi', 'pagaidi', 'sūti', 'uzraksti', 'atrodi', 'tuvini', 'attālini', 'maini', 'parādi', 'piesaki'])
];
/** Words that look informal here but are not: "Pārbaudi gaida" (waits for review), "ar norādi" (with a note). */
const NOT_INFORMAL = /(Pārbaudi gaida|gaida pārbaudi|ar norādi)/gu;

function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

describe('Latvian messages', () => {
	it('address the reader as "jūs", never "tu"', () => {
		const messages = JSON.parse(readFileSync('messages/lv.json', 'utf8')) as Record<string, unknown>;
		const informal = Object.entries(messages).flatMap(([key, value]) =>
			strings(value)
				.map((text) => text.replace(NOT_INFORMAL, ''))
				.filter((text) => INFORMAL.some((re) => re.test(text)))
				.map((text) => `${key}: ${text.slice(0, 90)}`)
		);
		expect(informal).toEqual([]);
	});
});
