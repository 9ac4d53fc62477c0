/** Lower-case and strip diacritics: "Mājas Ievārījumi" → "majas ievarijumi". Latvian typing without ā, č, … */
export function foldText(input: string): string {
	return input
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Romanian ș ț written with a cedilla (ş ţ, what old Romanian keyboards and many Moldovan texts
 * still type) → the correct comma-below letters, so "Edineţ" and "Edineț" are one spelling even
 * before folding (the search's exact-spelling bonus compares unfolded words). Latvian has neither.
 */
export function commaBelow(input: string): string {
	return input.replace(/[şŞţŢ]/g, (c) => ({ ş: 'ș', Ş: 'Ș', ţ: 'ț', Ţ: 'Ț' })[c] ?? c);
}
