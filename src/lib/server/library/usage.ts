/**
 * Library usage (issue 16): views and downloads per item and month, with no personal data. A visit
 * is counted when it is a person's — not a crawler's or a link checker's (isbot), and not the
 * organisation's own staff looking at their item — and only as +1 on the month's row: nothing of
 * who, from where or when within the month is stored.
 */
import { isbot } from 'isbot';
import { rigaMoment } from '$lib/domain/riga-time';

export type UsageKind = 'view' | 'download';

export type Visit = {
	userAgent: string;
	/** Organisations the signed-in person works for (empty for visitors). */
	staffOf: readonly string[];
	/** `HEAD` and prefetches load nothing a person reads. */
	method: string;
	purpose: string | null;
};

/** Does this visit count for an item of `organisationId`? */
export function countsAsUse(visit: Visit, organisationId: string): boolean {
	if (visit.method !== 'GET') return false;
	if (visit.purpose && /prefetch|prerender/i.test(visit.purpose)) return false;
	const agent = visit.userAgent.trim();
	if (agent === '' || isbot(agent)) return false;
	return !visit.staffOf.includes(organisationId);
}

/** The month a use is counted in: its first day, in Riga time (`2026-12-01`). */
export function usageMonth(at: Date): string {
	return `${rigaMoment(at).date.slice(0, 7)}-01`;
}
