/** Lower-case and strip diacritics: "Mājas Ievārījumi" → "majas ievarijumi". Latvian typing without ā, č, … */
export function foldText(input: string): string {
	return input
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}
