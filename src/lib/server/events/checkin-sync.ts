/**
 * The check-in phone's queue, synced as one batch: each scan (a QR code, a person picked by name,
 * or a walk-in) carries the id the phone gave it, so a batch sent twice — the answer lost on a
 * poor connection — records nothing twice. Pure parsing here; the flows do the work.
 */
import { z } from 'zod';
import type { Db } from '../db/types';
import { checkIn, walkIn, type CheckinResult } from './checkin-flow';

const scan = z.object({
	scanId: z.uuid(),
	scannedAt: z.iso.datetime({ offset: true }).optional(),
	code: z.string().max(200).optional(),
	participationId: z.uuid().optional(),
	walkIn: z.object({ name: z.string().trim().min(1).max(200), email: z.email().max(254).optional().or(z.literal('')) }).optional()
});
export const syncBody = z.object({ scans: z.array(scan).max(500) });
export type SyncScan = z.infer<typeof scan>;

export type SyncAnswer = { scanId: string } & CheckinResult;

/** Scans later than now (a phone's clock ahead) count as now; earlier ones keep their time. */
const when = (iso: string | undefined, now: Date) => {
	const t = iso ? new Date(iso) : now;
	return t > now ? now : t;
};

export async function syncScans(db: Db, input: { eventId: string; actorUserId: string; locale: string; scans: SyncScan[] }, now = new Date()): Promise<SyncAnswer[]> {
	const out: SyncAnswer[] = [];
	for (const s of input.scans) {
		const base = { eventId: input.eventId, scanId: s.scanId, scannedAt: when(s.scannedAt, now), actorUserId: input.actorUserId };
		const result = s.walkIn
			? await walkIn(db, { ...base, name: s.walkIn.name, email: s.walkIn.email || undefined, locale: input.locale })
			: await checkIn(db, { ...base, code: s.code, participationId: s.participationId });
		out.push({ scanId: s.scanId, ...result });
	}
	return out;
}
