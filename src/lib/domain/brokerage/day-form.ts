/**
 * The staff form of a brokerage day, read from its fields: times are wall clocks in the event's zone
 * (`datetime-local` inputs), numbers are whole. Pure; the flow checks the rules (manage-flow.ts).
 */
import { wallClock, zonedInstant } from '../event-time';
import type { SlotPlan } from './slots';

export type DayForm = {
	opensAt: Date;
	closesAt: Date;
	mode: 'online' | 'tables';
	onlineUrl: string | null;
	tableCount: number | null;
	plan: SlotPlan | null;
};
export type DayFormValues = Record<string, string>;

const int = (v: string | undefined) => (v && /^\d{1,4}$/.test(v.trim()) ? Number(v.trim()) : null);

export function instantOf(v: string | undefined, zone: string): Date | null {
	const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(v?.trim() ?? '');
	return m ? zonedInstant(m[1], m[2], zone) : null;
}

export const localInput = (at: Date | null | undefined, zone: string) => {
	if (!at) return '';
	const w = wallClock(at, zone);
	return `${w.date}T${w.time}`;
};

const isHttp = (v: string) => /^https:\/\/[^\s]+$/i.test(v) || /^http:\/\/[^\s]+$/i.test(v);

/** The form's values as a day, or the name of the field that is wrong. */
export function readDayForm(v: DayFormValues, zone: string, withSlots: boolean): { ok: true; value: DayForm } | { ok: false; field: string } {
	const opensAt = instantOf(v.opensAt, zone);
	if (!opensAt) return { ok: false, field: 'opensAt' };
	const closesAt = instantOf(v.closesAt, zone);
	if (!closesAt) return { ok: false, field: 'closesAt' };
	const mode = v.mode === 'tables' ? 'tables' : 'online';
	const onlineUrl = mode === 'online' ? (v.onlineUrl ?? '').trim() : '';
	if (mode === 'online' && !isHttp(onlineUrl)) return { ok: false, field: 'onlineUrl' };
	const tableCount = mode === 'tables' ? int(v.tableCount) : null;
	if (mode === 'tables' && !tableCount) return { ok: false, field: 'tableCount' };
	let plan: SlotPlan | null = null;
	if (withSlots) {
		const firstStart = instantOf(v.firstStart, zone);
		if (!firstStart) return { ok: false, field: 'firstStart' };
		plan = { firstStart, minutes: int(v.minutes) ?? 0, count: int(v.count) ?? 0, breakAfter: int(v.breakAfter), breakMinutes: int(v.breakMinutes) };
	}
	return { ok: true, value: { opensAt, closesAt, mode, onlineUrl: onlineUrl || null, tableCount, plan } };
}
