/**
 * A brokerage day's meeting slots (issue 19): generated from the first start, a length, a count and an
 * optional break, all in the event's zone. Pure.
 */
export type SlotPlan = {
	/** The first slot's start (an instant: the caller turns the wall clock in the event's zone into it). */
	firstStart: Date;
	minutes: number;
	count: number;
	/** A pause between slots (coffee): after slot number `breakAfter` (1-based) for `breakMinutes`. */
	breakAfter?: number | null;
	breakMinutes?: number | null;
	/** Minutes between two slots, to change tables. */
	gapMinutes?: number;
};
export type SlotTimes = { startsAt: Date; endsAt: Date };

export const SLOT_LIMITS = { minMinutes: 5, maxMinutes: 120, maxCount: 48 } as const;

export type SlotPlanProblem = 'minutes' | 'count' | 'break';

/** What is wrong with a plan, or null. */
export function checkSlotPlan(plan: SlotPlan): SlotPlanProblem | null {
	if (!Number.isInteger(plan.minutes) || plan.minutes < SLOT_LIMITS.minMinutes || plan.minutes > SLOT_LIMITS.maxMinutes) return 'minutes';
	if (!Number.isInteger(plan.count) || plan.count < 1 || plan.count > SLOT_LIMITS.maxCount) return 'count';
	const hasBreak = plan.breakAfter != null || plan.breakMinutes != null;
	if (hasBreak && (!plan.breakAfter || !plan.breakMinutes || plan.breakAfter < 1 || plan.breakAfter >= plan.count || plan.breakMinutes < 1 || plan.breakMinutes > 240)) return 'break';
	return null;
}

/** The slots of a plan, in time order (times are instants, so a DST change in between stays right). */
export function generateSlots(plan: SlotPlan): SlotTimes[] {
	const out: SlotTimes[] = [];
	let at = plan.firstStart.getTime();
	for (let i = 1; i <= plan.count; i++) {
		const end = at + plan.minutes * 60_000;
		out.push({ startsAt: new Date(at), endsAt: new Date(end) });
		at = end + (plan.gapMinutes ?? 0) * 60_000;
		if (plan.breakAfter === i && plan.breakMinutes) at += plan.breakMinutes * 60_000;
	}
	return out;
}
