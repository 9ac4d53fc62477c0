/** Pure rules for claims. */

/** E-mail addresses compared the way mail servers treat them in practice: trimmed, case-insensitive. */
export function emailsMatch(a: string | null | undefined, b: string | null | undefined): boolean {
	const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();
	return norm(a) !== '' && norm(a) === norm(b);
}

export const CLAIM_MESSAGE_MAX = 1000;
export const CLAIM_REASON_MAX = 1000;
