import { commaBelow, foldText } from '../../text/fold';
import type { LocalizedText } from '../db/schema/common';

/**
 * The folded text a profile is found by: its title and description in every language, Romanian
 * cedilla letters made comma-below first, then diacritics dropped — "Balti" finds "Bălți" and
 * "Bălţi", "medus" finds "medūs".
 */
export function profileSearchText(title: LocalizedText, description: LocalizedText, extra: string[] = []): string {
	const parts = [...Object.values(title), ...Object.values(description), ...extra].filter((x): x is string => typeof x === 'string');
	return foldText(commaBelow(parts.join(' ')));
}

/** A query folded the same way. */
export const foldQuery = (q: string) => foldText(commaBelow(q));
