/** The widths every photo is offered in (srcset, `/media/{id}/{width}.webp`); shared by server and components. */
export const VARIANT_WIDTHS = [320, 640, 1280] as const;
export type VariantWidth = (typeof VARIANT_WIDTHS)[number];

/**
 * The nominal widths made for a photo `width` pixels wide: each standard width below it, plus one
 * more holding the original size (a 900 px photo gets 320, 640 and "1280" at 900 px). Never enlarges.
 * Applied to the largest variant's width it gives the same list, so a page needs only that width.
 */
export function widthsFor(width: number): { nominal: VariantWidth; actual: number }[] {
	const out: { nominal: VariantWidth; actual: number }[] = [];
	for (const nominal of VARIANT_WIDTHS) {
		out.push({ nominal, actual: Math.min(nominal, width) });
		if (width <= nominal) break;
	}
	return out;
}

export function mediaUrl(id: string, width: VariantWidth): string {
	return `/media/${id}/${width}.webp`;
}
