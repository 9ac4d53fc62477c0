/**
 * Staff open a brokerage day on an event (issue 19): the booking window, the way people meet (one
 * video link, or numbered tables) and the slots. Slots are generated again only while nobody has
 * asked for a meeting — after that they are people's plans.
 */
import { checkSlotPlan, generateSlots, type SlotPlan, type SlotPlanProblem } from '$lib/domain/brokerage/slots';
import { recordAudit } from '../audit/audit-repository';
import type { BrokerageMode } from '../db/schema';
import type { Db } from '../db/types';
import { countMeetings, replaceSlots, upsertDay } from './days-repository';

export type DayInput = { opensAt: Date; closesAt: Date; mode: BrokerageMode; onlineUrl: string | null; tableCount: number | null; plan: SlotPlan | null };
export type SaveRefusal = 'window' | 'mode' | 'slots_locked' | 'no_slots' | SlotPlanProblem;

export function checkDay(input: DayInput, eventEndsAt: Date): SaveRefusal | null {
	if (!(input.closesAt > input.opensAt)) return 'window';
	if (input.mode === 'online' ? !input.onlineUrl : !input.tableCount || input.tableCount < 1) return 'mode';
	if (input.plan) {
		const problem = checkSlotPlan(input.plan);
		if (problem) return problem;
		const last = generateSlots(input.plan).at(-1);
		if (last && last.endsAt > new Date(eventEndsAt.getTime() + 86_400_000)) return 'minutes';
	}
	return null;
}

export async function saveBrokerageDay(
	db: Db,
	x: { actorUserId: string | null; eventId: string; eventEndsAt: Date; hasDay: boolean; input: DayInput; isDemo?: boolean }
): Promise<{ ok: true } | { ok: false; reason: SaveRefusal }> {
	const refusal = checkDay(x.input, x.eventEndsAt);
	if (refusal) return { ok: false, reason: refusal };
	if (!x.hasDay && !x.input.plan) return { ok: false, reason: 'no_slots' };
	return db.transaction(async (tx) => {
		const { plan, ...day } = x.input;
		if (plan && (await countMeetings(tx, x.eventId)) > 0) return { ok: false as const, reason: 'slots_locked' as const };
		await upsertDay(tx, { eventId: x.eventId, isDemo: x.isDemo, ...day, onlineUrl: day.mode === 'online' ? day.onlineUrl : null, tableCount: day.mode === 'tables' ? day.tableCount : null });
		if (plan) await replaceSlots(tx, x.eventId, generateSlots(plan));
		await recordAudit(tx, { actorUserId: x.actorUserId, action: 'brokerage.save', entityType: 'event', entityId: x.eventId, details: { mode: day.mode, slots: plan?.count ?? null } });
		return { ok: true as const };
	});
}
