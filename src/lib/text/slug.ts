import { foldText } from './fold';

/** Stable, transliterated slug: "Mājas ievārījumi" → "majas-ievarijumi". */
export function slugify(input: string): string {
	return foldText(input)
		.replace(/[ß]/g, 'ss')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/g, '');
}

/** Appends -2, -3, … until `taken` says the slug is free. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
	const root = slugify(base) || 'item';
	if (!taken(root)) return root;
	for (let n = 2; ; n++) {
		const candidate = `${root}-${n}`;
		if (!taken(candidate)) return candidate;
	}
}
