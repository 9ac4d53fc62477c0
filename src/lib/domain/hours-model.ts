/**
 * The opening-hours editor's model and its OpenStreetMap `opening_hours` text, both ways. Owners
 * fill in weekly hours (several intervals a day), seasons, yearly events ("the last weekend of
 * September"), dates (a fair's days, or closed this week) and public holidays; the text is what
 * is stored and evaluated (opening-hours.ts). Text written by hand outside this shape has no
 * model (null) and is edited as text. Pure and small: the editor runs it in the browser too.
 *
 * Rules are written in this order, because a later rule overrides an earlier one on the days it
 * names: the week, seasons, public holidays, yearly events, dates with hours, closed dates.
 */
export type TimeRange = { opens: string; closes: string };
export type MonthDay = { month: number; day: number };
export type Season = { from: MonthDay; to: MonthDay; days: number[]; ranges: TimeRange[] };
/** `nth` 1–4 or -1 (last); weekday 1–7, or 'weekend' (that Saturday and the Sunday after it); month null = every month. */
export type Yearly = { month: number | null; nth: number; weekday: number | 'weekend'; ranges: TimeRange[] };
export type DateRule = { from: string; to: string; ranges: TimeRange[] };
export type HoursModel = { week: TimeRange[][]; seasons: Season[]; yearly: Yearly[]; dates: DateRule[]; holidaysClosed: boolean };

export const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export const MONTH_CODES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const emptyModel = (): HoursModel => ({ week: [[], [], [], [], [], [], []], seasons: [], yearly: [], dates: [], holidaysClosed: false });

const pad = (n: number) => String(n).padStart(2, '0');

/** "9:00" / "09:00" → "09:00"; "24:00" allowed as a closing time; null when not a time. */
export function normalizeTime(value: string, closing = false): string | null {
	const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
	if (!m) return null;
	const h = Number(m[1]);
	const min = Number(m[2]);
	if (min > 59 || h > 24 || (h === 24 && (min > 0 || !closing))) return null;
	return `${pad(h)}:${pad(min)}`;
}

const rangesText = (ranges: readonly TimeRange[]) => (ranges.length ? ranges.map((r) => `${r.opens}-${r.closes}`).join(',') : 'off');

/** [1,2,3,4,5,7] → "Mo-Fr,Su" (runs of three or more days as spans). */
export function daysText(days: readonly number[]): string {
	const sorted = [...new Set(days)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length; ) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
		if (j - i >= 2) parts.push(`${DAY_CODES[sorted[i] - 1]}-${DAY_CODES[sorted[j] - 1]}`);
		else for (let k = i; k <= j; k++) parts.push(DAY_CODES[sorted[k] - 1]);
		i = j + 1;
	}
	return parts.join(',');
}

const monthDayText = (md: MonthDay) => `${MONTH_CODES[md.month - 1]} ${pad(md.day)}`;
const dateText = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return `${y} ${MONTH_CODES[m - 1]} ${pad(d)}`;
};

/** The week's days grouped by identical hours: [{days:[1..5], ranges}, {days:[6], ranges}]. */
export function groupWeek(week: readonly TimeRange[][]): Array<{ days: number[]; ranges: TimeRange[] }> {
	const groups: Array<{ days: number[]; ranges: TimeRange[]; key: string }> = [];
	week.forEach((ranges, i) => {
		if (!ranges.length) return;
		const key = rangesText(ranges);
		const same = groups.find((g) => g.key === key);
		if (same) same.days.push(i + 1);
		else groups.push({ days: [i + 1], ranges, key });
	});
	return groups.map(({ days, ranges }) => ({ days, ranges }));
}

export function toOpeningHours(model: HoursModel): string {
	const rules: string[] = [];
	if (model.week.every((r) => r.length === 1 && r[0].opens === '00:00' && r[0].closes === '24:00')) rules.push('24/7');
	else for (const g of groupWeek(model.week)) rules.push(`${daysText(g.days)} ${rangesText(g.ranges)}`);
	for (const s of model.seasons) {
		const days = s.days.length && s.days.length < 7 ? ` ${daysText(s.days)}` : '';
		rules.push(`${monthDayText(s.from)}-${monthDayText(s.to)}${days} ${rangesText(s.ranges)}`);
	}
	if (model.holidaysClosed) rules.push('PH off');
	for (const y of model.yearly) {
		const month = y.month ? `${MONTH_CODES[y.month - 1]} ` : '';
		const day = y.weekday === 'weekend' ? `Sa[${y.nth}],Sa[${y.nth}] +1 day` : `${DAY_CODES[y.weekday - 1]}[${y.nth}]`;
		rules.push(`${month}${day} ${rangesText(y.ranges)}`);
	}
	// dated openings first, dated closures last: a closed week wins over everything
	for (const d of [...model.dates.filter((x) => x.ranges.length), ...model.dates.filter((x) => !x.ranges.length)]) {
		rules.push(`${dateText(d.from)}${d.to && d.to !== d.from ? `-${dateText(d.to)}` : ''} ${rangesText(d.ranges)}`);
	}
	return rules.join('; ');
}

const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const DAYS = `${DAY}(?:-${DAY})?(?:,${DAY}(?:-${DAY})?)*`;
const TIME = '\\d{1,2}:\\d{2}';
const RANGES = `${TIME}-${TIME}(?:,${TIME}-${TIME})*|off|closed`;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const RE = {
	week: new RegExp(`^(${DAYS}) (${RANGES})$`),
	season: new RegExp(`^(${MONTH})(?: (\\d{1,2}))?-(${MONTH})(?: (\\d{1,2}))?(?: (${DAYS}))? (${RANGES})$`),
	month: new RegExp(`^(${MONTH})(?: (${DAYS}))? (${RANGES})$`),
	yearly: new RegExp(`^(?:(${MONTH}) )?(${DAY})\\[(-1|[1-4])\\](?:,Sa\\[(-1|[1-4])\\] \\+1 day)? (${RANGES})$`),
	date: new RegExp(`^(\\d{4}) (${MONTH}) (\\d{1,2})(?:-(\\d{4}) (${MONTH}) (\\d{1,2}))? (${RANGES})$`)
};
const KIND_ORDER = { week: 0, season: 1, holidays: 2, yearly: 3, open_date: 4, closed_date: 5 } as const;

function parseDays(text: string): number[] {
	return text.split(',').flatMap((part) => {
		const [a, b] = part.split('-').map((c) => DAY_CODES.indexOf(c as (typeof DAY_CODES)[number]) + 1);
		if (!b) return [a];
		const out: number[] = [];
		for (let d = a; ; d = (d % 7) + 1) {
			out.push(d);
			if (d === b) break;
		}
		return out;
	});
}

function parseRanges(text: string): TimeRange[] | null {
	if (text === 'off' || text === 'closed') return [];
	const out: TimeRange[] = [];
	for (const part of text.split(',')) {
		const [a, b] = part.split('-');
		const opens = normalizeTime(a);
		const closes = normalizeTime(b, true);
		if (!opens || !closes) return null;
		out.push({ opens, closes });
	}
	return out;
}

const monthNo = (code: string) => MONTH_CODES.indexOf(code as (typeof MONTH_CODES)[number]) + 1;
const isoOf = (y: string, m: string, d: string) => `${y}-${pad(monthNo(m))}-${pad(Number(d))}`;

/** The model of a value, or null when the value says more than the editor can show (edit it as text). */
export function fromOpeningHours(value: string): HoursModel | null {
	const model = emptyModel();
	const text = value.trim();
	if (!text) return model;
	let last = 0;
	for (const rule of text.split(';').map((r) => r.trim().replace(/\s+/g, ' '))) {
		if (!rule) continue;
		let kind: keyof typeof KIND_ORDER;
		let m: RegExpExecArray | null;
		if (rule === '24/7') {
			kind = 'week';
			model.week = model.week.map(() => [{ opens: '00:00', closes: '24:00' }]);
		} else if ((m = RE.week.exec(rule))) {
			kind = 'week';
			const ranges = parseRanges(m[2]);
			if (!ranges) return null;
			for (const d of parseDays(m[1])) model.week[d - 1] = ranges;
		} else if ((m = RE.season.exec(rule)) || (m = RE.month.exec(rule))) {
			kind = 'season';
			const isRange = m.length === 7;
			const [fromMonth, toMonth] = isRange ? [monthNo(m[1]), monthNo(m[3])] : [monthNo(m[1]), monthNo(m[1])];
			const from = { month: fromMonth, day: isRange && m[2] ? Number(m[2]) : 1 };
			const to = { month: toMonth, day: isRange && m[4] ? Number(m[4]) : MONTH_DAYS[toMonth - 1] === 29 ? 28 : MONTH_DAYS[toMonth - 1] };
			const ranges = parseRanges(isRange ? m[6] : m[3]);
			const days = isRange ? m[5] : m[2];
			if (!ranges || from.day > MONTH_DAYS[from.month - 1] || to.day > MONTH_DAYS[to.month - 1]) return null;
			model.seasons.push({ from, to, days: days ? parseDays(days) : [], ranges });
		} else if (rule === 'PH off') {
			kind = 'holidays';
			model.holidaysClosed = true;
		} else if ((m = RE.yearly.exec(rule))) {
			kind = 'yearly';
			const ranges = parseRanges(m[5]);
			const weekend = m[4] !== undefined;
			if (!ranges || (weekend && (m[2] !== 'Sa' || m[4] !== m[3]))) return null;
			model.yearly.push({ month: m[1] ? monthNo(m[1]) : null, nth: Number(m[3]), weekday: weekend ? 'weekend' : DAY_CODES.indexOf(m[2] as (typeof DAY_CODES)[number]) + 1, ranges });
		} else if ((m = RE.date.exec(rule))) {
			const ranges = parseRanges(m[7]);
			if (!ranges) return null;
			kind = ranges.length ? 'open_date' : 'closed_date';
			const from = isoOf(m[1], m[2], m[3]);
			model.dates.push({ from, to: m[4] ? isoOf(m[4], m[5], m[6]) : from, ranges });
		} else return null;
		// a rule out of this order would mean something else once rewritten in it
		if (KIND_ORDER[kind] < last) return null;
		last = KIND_ORDER[kind];
	}
	return model;
}
