/**
 * The municipal level of the territories tree (decision 014): a Latvian novads, and Moldova's raion,
 * municipiu and autonomy, which stand in its place. Pure and free of `$lib` imports: the importer,
 * the search and the seed CLI load it by relative path.
 */
export const MUNICIPAL_KINDS = ['municipality', 'md_district', 'md_municipality', 'md_autonomy'] as const;
export type MunicipalKind = (typeof MUNICIPAL_KINDS)[number];

export function isMunicipalKind(kind: string): kind is MunicipalKind {
	return (MUNICIPAL_KINDS as readonly string[]).includes(kind);
}

/** A Moldovan raion, municipiu or autonomy: its listings are in Moldova (country 'MD', Moldovan address order). */
export function isMoldovanMunicipality(t: { kind: string } | undefined): boolean {
	return !!t && t.kind !== 'municipality' && isMunicipalKind(t.kind);
}
