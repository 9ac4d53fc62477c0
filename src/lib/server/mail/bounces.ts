/**
 * Permanent delivery failures. When the SMTP server refuses a recipient for good (a 5xx reply, e.g.
 * "550 no such user"), retrying only repeats the refusal: the mail is marked failed at once, and the
 * feature that sent it — named by the mail's `X-Tuvuma-Ref: <kind>:<id>` header — is told, so it can
 * record the bounce (a survey invitation shows "bounced" and gets no reminder). Bounces reported
 * later by mail (DSN) need an inbound mailbox this installation does not have.
 */
import type { Db } from '../db/types';

export const REF_HEADER = 'X-Tuvuma-Ref';

type BounceHandler = (db: Db, id: string) => Promise<void>;
const handlers = new Map<string, BounceHandler>();

export function registerBounceHandler(kind: string, handler: BounceHandler): void {
	handlers.set(kind, handler);
}

/** Whether an SMTP error is a permanent refusal (a 5xx reply code), not a passing trouble. */
export function isPermanentFailure(e: unknown): boolean {
	const code = typeof e === 'object' && e !== null ? Number((e as { responseCode?: unknown }).responseCode) : NaN;
	return code >= 500 && code < 600;
}

/** Tells the feature named by the mail's reference header; a mail without one needs nothing more. */
export async function reportBounce(db: Db, headers: Record<string, string> | null): Promise<void> {
	const ref = headers?.[REF_HEADER];
	if (!ref) return;
	const at = ref.indexOf(':');
	const handler = at > 0 ? handlers.get(ref.slice(0, at)) : undefined;
	if (handler) await handler(db, ref.slice(at + 1));
}
