/** Drops null, undefined and '' members: an API body's optional fields are absent rather than empty. */
export const present = <T extends Record<string, unknown>>(o: T) =>
	Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== '')) as { [K in keyof T]?: Exclude<T[K], null | ''> };
