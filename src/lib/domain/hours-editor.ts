/**
 * The opening-hours editor's form state (strings as typed) and its way to a value: the page and
 * the server share it, so what JavaScript shows as the resulting text is what the server saves,
 * and without JavaScript the same form round-trips ("add a season" returns the form with one more).
 * A text the fields cannot show is edited as text (mode 'text'); the text field also wins when the
 * person changed it (`raw` differs from `rawWas`, the text the fields last produced).
 */
import { emptyModel, fromOpeningHours, normalizeTime, toOpeningHours, type HoursModel, type TimeRange } from './hours-model';

export type Pair = { o: string; c: string };
export type SeasonRow = { fm: string; fd: string; tm: string; td: string; days: number[]; pairs: Pair[]; closed: boolean };
export type YearlyRow = { m: string; n: string; wd: string; pairs: Pair[]; closed: boolean };
export type DateRow = { f: string; t: string; pairs: Pair[]; closed: boolean };
export type HoursState = { week: Pair[][]; seasons: SeasonRow[]; yearly: YearlyRow[]; dates: DateRow[]; ph: boolean; raw: string; rawWas: string; mode: 'editor' | 'text' };
/** Error per row key ('w3', 's0', 'y1', 'd2', 'raw'): which message to show there. */
export type HoursErrors = Record<string, 'time' | 'season' | 'date' | 'yearly' | 'raw'>;

export const blankPair = (): Pair => ({ o: '', c: '' });
export const blankSeason = (): SeasonRow => ({ fm: '', fd: '', tm: '', td: '', days: [], pairs: [blankPair()], closed: false });
export const blankYearly = (): YearlyRow => ({ m: '', n: '1', wd: '', pairs: [blankPair()], closed: false });
export const blankDate = (): DateRow => ({ f: '', t: '', pairs: [blankPair()], closed: false });

// a time field cannot show 24:00: midnight is 00:00 there, and back (rangesOf)
const pairsOf = (ranges: readonly TimeRange[]): Pair[] => (ranges.length ? ranges.map((r) => ({ o: r.opens, c: r.closes === '24:00' ? '00:00' : r.closes })) : [blankPair()]);

/** The form for a stored value (every day with at least one blank pair to type into). */
export function stateFromValue(value: string): HoursState {
	const model = fromOpeningHours(value);
	const m = model ?? emptyModel();
	return {
		week: m.week.map(pairsOf),
		seasons: m.seasons.map((s) => ({ fm: String(s.from.month), fd: String(s.from.day), tm: String(s.to.month), td: String(s.to.day), days: s.days, pairs: pairsOf(s.ranges), closed: !s.ranges.length })),
		yearly: m.yearly.map((y) => ({ m: y.month ? String(y.month) : '', n: String(y.nth), wd: String(y.weekday), pairs: pairsOf(y.ranges), closed: !y.ranges.length })),
		dates: m.dates.map((d) => ({ f: d.from, t: d.to === d.from ? '' : d.to, pairs: pairsOf(d.ranges), closed: !d.ranges.length })),
		ph: m.holidaysClosed,
		raw: value,
		rawWas: value,
		mode: model ? 'editor' : 'text'
	};
}

/** Filled pairs as ranges; null when a pair is half filled or not a time. */
function rangesOf(pairs: readonly Pair[]): TimeRange[] | null {
	const out: TimeRange[] = [];
	for (const p of pairs) {
		if (!p.o.trim() && !p.c.trim()) continue;
		const opens = normalizeTime(p.o);
		const closes = normalizeTime(p.c, true);
		if (!opens || !closes || (opens === closes && opens !== '00:00')) return null;
		out.push({ opens, closes: closes === '00:00' ? '24:00' : closes });
	}
	return out;
}

const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function monthDay(m: string, d: string) {
	const month = Number(m);
	const day = Number(d);
	return Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= DAYS_IN[month - 1] ? { month, day } : null;
}
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/** The model the fields describe, or the rows that are wrong. Rows left wholly blank are ignored. */
export function modelFromState(state: HoursState): { model: HoursModel } | { errors: HoursErrors } {
	const errors: HoursErrors = {};
	const model = emptyModel();
	state.week.forEach((pairs, i) => {
		const ranges = rangesOf(pairs);
		if (ranges) model.week[i] = ranges;
		else errors[`w${i + 1}`] = 'time';
	});
	state.seasons.forEach((s, i) => {
		const ranges = s.closed ? [] : rangesOf(s.pairs);
		const blank = !s.fm && !s.fd && !s.tm && !s.td && !s.days.length && !s.closed && ranges?.length === 0;
		if (blank) return;
		const from = monthDay(s.fm, s.fd);
		const to = monthDay(s.tm, s.td);
		if (!from || !to) errors[`s${i}`] = 'season';
		else if (ranges === null || (!s.closed && !ranges.length)) errors[`s${i}`] = 'time';
		else model.seasons.push({ from, to, days: [...new Set(s.days)].sort(), ranges });
	});
	state.yearly.forEach((y, i) => {
		const ranges = y.closed ? [] : rangesOf(y.pairs);
		if (!y.wd && !y.closed && ranges?.length === 0) return;
		const nth = Number(y.n);
		const weekday = y.wd === 'weekend' ? 'weekend' : Number(y.wd);
		const month = y.m ? Number(y.m) : null;
		if (![1, 2, 3, 4, -1].includes(nth) || (weekday !== 'weekend' && !(weekday >= 1 && weekday <= 7)) || (month !== null && !(month >= 1 && month <= 12))) errors[`y${i}`] = 'yearly';
		else if (ranges === null || (!y.closed && !ranges.length)) errors[`y${i}`] = 'time';
		else model.yearly.push({ month, nth, weekday, ranges });
	});
	state.dates.forEach((d, i) => {
		const ranges = d.closed ? [] : rangesOf(d.pairs);
		if (!d.f && !d.t && !d.closed && ranges?.length === 0) return;
		const to = d.t || d.f;
		if (!isDate(d.f) || !isDate(to) || to < d.f) errors[`d${i}`] = 'date';
		else if (ranges === null || (!d.closed && !ranges.length)) errors[`d${i}`] = 'time';
		else model.dates.push({ from: d.f, to, ranges });
	});
	model.holidaysClosed = state.ph;
	return Object.keys(errors).length ? { errors } : { model };
}

/** The value to save: the text when that is what was edited, else what the fields say. */
export function valueFromState(state: HoursState): { value: string; fromText: boolean } | { errors: HoursErrors } {
	const fromText = state.mode === 'text' || state.raw.trim() !== state.rawWas.trim();
	if (fromText) return { value: state.raw.trim().replace(/\s+/g, ' '), fromText };
	const result = modelFromState(state);
	return 'errors' in result ? result : { value: toOpeningHours(result.model), fromText };
}

/** What the fields say right now, for the live text under them (empty while a row is half done). */
export function previewValue(state: HoursState): string {
	const result = modelFromState(state);
	return 'model' in result ? toOpeningHours(result.model) : state.rawWas;
}

/** Reads the editor's fields from a form (see HoursEditor.svelte for their names). */
export function stateFromForm(form: FormData): HoursState {
	const text = (k: string) => String(form.get(k) ?? '').trim();
	const rows = (prefix: string) =>
		[...new Set([...form.keys()].flatMap((k) => new RegExp(`^${prefix}(\\d+)_`).exec(k)?.[1] ?? []))].map(Number).sort((a, b) => a - b);
	const pairs = (prefix: string): Pair[] => {
		const found = [...new Set([...form.keys()].flatMap((k) => new RegExp(`^${prefix}o(\\d+)$`).exec(k)?.[1] ?? []))].map(Number).sort((a, b) => a - b);
		const list = found.map((i) => ({ o: text(`${prefix}o${i}`), c: text(`${prefix}c${i}`) }));
		return list.length ? list : [blankPair()];
	};
	return {
		week: [1, 2, 3, 4, 5, 6, 7].map((d) => pairs(`w${d}_`)),
		seasons: rows('s').map((i) => ({
			fm: text(`s${i}_fm`),
			fd: text(`s${i}_fd`),
			tm: text(`s${i}_tm`),
			td: text(`s${i}_td`),
			days: form.getAll(`s${i}_day`).map(Number).filter((d) => d >= 1 && d <= 7),
			pairs: pairs(`s${i}_`),
			closed: form.has(`s${i}_closed`)
		})),
		yearly: rows('y').map((i) => ({ m: text(`y${i}_m`), n: text(`y${i}_n`), wd: text(`y${i}_wd`), pairs: pairs(`y${i}_`), closed: form.has(`y${i}_closed`) })),
		dates: rows('d').map((i) => ({ f: text(`d${i}_f`), t: text(`d${i}_t`), pairs: pairs(`d${i}_`), closed: form.has(`d${i}_closed`) })),
		ph: form.has('ph_off'),
		raw: String(form.get('hours_raw') ?? ''),
		rawWas: String(form.get('hours_raw_was') ?? ''),
		mode: form.get('hours_mode') === 'text' ? 'text' : 'editor'
	};
}

/** "Add another…" / "Remove" without JavaScript: the form comes back changed, unsaved (JavaScript does it in place). */
export function withIntent(state: HoursState, intent: string): HoursState {
	const next = structuredClone(state);
	const day = /^add-w([1-7])$/.exec(intent);
	const remove = /^remove-(seasons|yearly|dates)-(\d+)$/.exec(intent);
	if (day) next.week[Number(day[1]) - 1].push(blankPair());
	else if (intent === 'add-seasons') next.seasons.push(blankSeason());
	else if (intent === 'add-yearly') next.yearly.push(blankYearly());
	else if (intent === 'add-dates') next.dates.push(blankDate());
	else if (remove) next[remove[1] as 'seasons' | 'yearly' | 'dates'].splice(Number(remove[2]), 1);
	return next;
}

