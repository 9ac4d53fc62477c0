/**
 * Page numbers come straight from the URL (?page=…), so anything a person or a crawler types must
 * end in a valid page rather than a 500: non-numbers and page < 1 become 1, pages past the end the last one.
 */
export type PageWindow = { page: number; pages: number; perPage: number; total: number; offset: number };

/** Upper bound for the parsed value so that offsets stay small integers whatever is typed. */
const MAX_PAGE = 10_000;

export function parsePageParam(raw: string | null | undefined): number {
	if (!raw || !/^\d{1,6}$/.test(raw.trim())) return 1;
	const n = Number(raw.trim());
	return n < 1 ? 1 : Math.min(n, MAX_PAGE);
}

export function pageWindow(total: number, requested: number, perPage: number): PageWindow {
	const pages = Math.max(1, Math.ceil(total / perPage));
	const page = Math.min(Math.max(1, Math.floor(requested) || 1), pages);
	return { page, pages, perPage, total, offset: (page - 1) * perPage };
}
