/** Reading the flat field values a project form was filled with (`title.lv`, `partners.0.name`, `territories`). */
export type FormValues = Record<string, string | string[] | undefined>;

export const valueOf = (values: FormValues, name: string): string => {
	const v = values[name];
	return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};

export const valuesOf = (values: FormValues, name: string): string[] => {
	const v = values[name];
	return Array.isArray(v) ? v : v ? [v] : [];
};

/** How many rows to show: what the form said last time, else the filled rows plus two empty ones. */
export function rowsToShow(values: FormValues, list: 'partners' | 'results', countField: string, blank = 2): number {
	const stated = Number(valueOf(values, countField));
	if (Number.isInteger(stated) && stated > 0) return Math.min(stated, 50);
	let filled = 0;
	for (const key of Object.keys(values)) {
		const m = new RegExp(`^${list}\\.(\\d+)\\.`).exec(key);
		if (m) filled = Math.max(filled, Number(m[1]) + 1);
	}
	return filled + blank;
}
