import type { PublicLocation } from '$lib/domain/public-location';

/**
 * One line for a card: "Skolas iela 3, Mārupe, Mārupes novads" — only what publicLocation() allowed.
 * Typed addresses often already name the parish or the novads, so those are not repeated.
 */
export function locationLine(loc: PublicLocation): string {
	const address = loc.address ?? '';
	const said = (x: string, lv: string | null | undefined) => mentions(address, x) || (!!lv && mentions(address, lv));
	const extra = [
		loc.locality && !said(loc.locality, loc.latvian?.locality) ? loc.locality : null,
		!said(loc.municipality, loc.latvian?.municipality) ? loc.municipality : null
	].filter((x): x is string => !!x);
	// A city that is its own municipality ("Rīga", "Rīga") is named once.
	return [address, ...new Set(extra)].filter(Boolean).join(', ');
}

/** Whether a typed address already names a place as whole words ("Rīgas iela" does not name "Rīga"). */
export function mentions(address: string, place: string): boolean {
	const a = address.toLocaleLowerCase('lv');
	const p = place.toLocaleLowerCase('lv');
	for (let i = a.indexOf(p); i !== -1; i = a.indexOf(p, i + 1)) {
		const before = a[i - 1];
		const after = a[i + p.length];
		if ((!before || !/\p{L}/u.test(before)) && (!after || !/\p{L}/u.test(after))) return true;
	}
	return false;
}
