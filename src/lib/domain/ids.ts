/**
 * Ids as they arrive from URLs and forms. PostgreSQL refuses a malformed uuid and an integer past
 * 2^31-1 with an error (a 500 if it got that far): check before a query sees them.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && UUID.test(value);
}

const INT4_MAX = 2_147_483_647;

/** A positive id of an integer (serial) column, or null for anything else — "-1", "1e9", "99999999999", "". */
export function positiveInt4(value: unknown): number | null {
	if (typeof value !== 'string' && typeof value !== 'number') return null;
	const text = String(value).trim();
	if (!/^\d{1,10}$/.test(text)) return null;
	const n = Number(text);
	return n >= 1 && n <= INT4_MAX ? n : null;
}
