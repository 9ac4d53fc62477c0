/**
 * How place names are typed (places.ts): the words that only say what kind of territory it is,
 * and the case forms of a one-word name in Latvian and, for the Cyrillic names of migration 0016,
 * in Russian.
 */
import { foldText } from '../../text/fold';

/** Words that say what kind of territory a name is; they are not part of the name to match. */
export const GENERIC = new Set(
	['novads', 'pagasts', 'pilsēta', 'plānošanas', 'reģions', 'municipality', 'municipalitatea', 'regiunea', 'de', 'planificare', 'planning', 'region', 'край', 'регион', 'планирования', 'parish', 'comuna', 'волость']
		.map(foldText)
);

/** Russian case forms of a Cyrillic name (migration 0016): "в Сигулде", "из Цесиса", "в Озолниеках". */
function russianCaseForms(folded: string): string[] {
	const stem = folded.slice(0, -1);
	if (/а$/.test(folded)) return [stem + 'ы', stem + 'е', stem + 'у', stem + 'ои'];
	if (/я$/.test(folded)) return [stem + 'и', stem + 'е', stem + 'ю'];
	if (/и$/.test(folded)) return [stem + 'ах', stem + 'ов'];
	if (/[бвгджзклмнпрстфхцчшщ]$/.test(folded)) return [folded + 'е', folded + 'а'];
	return [];
}

/** A few case forms of a one-word place name that people type (Sigulda → Siguldas, Ozolnieki → Ozolnieku). */
export function caseForms(folded: string): string[] {
	if (/\p{Script=Cyrillic}/u.test(folded)) return [folded, ...russianCaseForms(folded)];
	const forms = [folded];
	if (/[ae]$/.test(folded)) forms.push(folded + 's'); // Sigulda → Siguldas, Ogre → Ogres
	if (/i$/.test(folded)) forms.push(folded.slice(0, -1) + 'u', folded.slice(0, -1) + 'os'); // Ozolnieki → Ozolnieku, Ozolniekos
	return forms;
}

