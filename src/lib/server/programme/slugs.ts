import { slugify, uniqueSlug } from '$lib/text/slug';

/** A slug for a new row from its title ("Koprades kopiena" → "koprades-kopiena", or "-2" when taken). */
export async function freshSlug(title: string, fallback: string, takenWith: (base: string) => Promise<Set<string>>): Promise<string> {
	const taken = await takenWith(slugify(title) || fallback);
	return uniqueSlug(title || fallback, (s) => taken.has(s));
}
