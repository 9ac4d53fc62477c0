/**
 * A Moldovan postal address in the order Poșta Moldovei prints it (issue 19): street and house,
 * locality, raion, postcode "MD-xxxx" — "str. Independenței 12, Cosăuți, Raionul Soroca, MD-3037".
 * A municipiu (Bălți) is its own locality, so it is named once. Pure: the producer page shows it.
 */
export type MoldovanAddressParts = {
	street: string | null;
	locality: string | null;
	/** The raion or municipiu, as the reader's language names it ("Raionul Soroca", "Municipiul Bălți"). */
	raion: string;
	/** The territory is a municipiu (Bălți): the city is its own locality, so it is not named again. */
	municipiu: boolean;
	postcode: string | null;
};

/** "3100", "md3100", "MD 3100", "MD-3100" → "MD-3100"; anything else is not a Moldovan postcode (null). */
export function moldovanPostcode(text: string | null | undefined): string | null {
	const m = /^\s*(?:md)?[\s-]*(\d{4})\s*$/i.exec(text ?? '');
	return m ? `MD-${m[1]}` : null;
}

export function moldovanAddress(parts: MoldovanAddressParts): string {
	const street = parts.street?.trim() || null;
	const locality = parts.locality?.trim() || null;
	// decided by the territory's kind, not its name: "Raionul Edineț" names the raion, and its seat
	// town Edineț is still a line of its own
	const lines = [street, parts.municipiu ? null : locality, parts.raion.trim() || null, moldovanPostcode(parts.postcode)];
	// a street already ending in the locality ("str. Păcii 3, Edineț") does not repeat it
	if (street && locality && street.toLocaleLowerCase('ro').endsWith(locality.toLocaleLowerCase('ro'))) lines[1] = null;
	return lines.filter((l): l is string => !!l).join(', ');
}
