/** One word order for places everywhere: the locality first, then its municipality ("Ozolnieki, Jelgavas novads"). */
export function placeLine(locality: string | null, municipality: string): string {
	return locality && locality !== municipality ? `${locality}, ${municipality}` : municipality;
}
