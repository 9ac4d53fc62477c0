/** What the host page's actions return: which form (`resident:<id>`, `plan:new`, `hours`, …) and its outcome. */
export type HostResult = {
	target?: string;
	values?: Record<string, string | string[]>;
	errors?: Record<string, string>;
	saved?: boolean;
	removed?: boolean;
	replied?: boolean;
};

/** A typed value back as text (a field sent once). */
export const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
