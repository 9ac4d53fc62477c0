/**
 * The impact report's rules (issue 18), pure so they are unit-tested: the period in Riga days,
 * suppression of small groups in breakdowns, the ESF+ age bands, inside / outside the project's
 * territory, and each participant's facts for the breakdowns (one person, one row). No I/O.
 */
import { AGE_BANDS } from '$lib/server/participation/domain';
import { rigaMidnight } from '../programme/phase';
import { suppressedGroups } from '../survey/results';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` that is a real calendar day, or null. */
export function parseDay(value: string | null | undefined): string | null {
	const m = DAY_RE.exec(value?.trim() ?? '');
	if (!m) return null;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === m[0] ? m[0] : null;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export type Period = { from: string | null; to: string | null };
/** Half-open instants `[from, to)`: the first Riga day's midnight to the midnight after the last day. */
export type PeriodRange = { from: Date | null; to: Date | null };

/**
 * The report's period as instants. Both ends are Riga days, inclusive; reversed ends are swapped
 * rather than giving an empty report nobody asked for.
 */
export function periodRange(p: Period): PeriodRange {
	let from = parseDay(p.from);
	let to = parseDay(p.to);
	if (from && to && from > to) [from, to] = [to, from];
	return { from: from ? rigaMidnight(from) : null, to: to ? rigaMidnight(nextDay(to)) : null };
}

/** A breakdown's rows with small groups hidden by the survey results' rule (suppressedGroups: the next smallest too when only one would be). */
export function suppressRows<T extends { people: number }>(rows: readonly T[]): (Omit<T, 'people'> & { people: number | null })[] {
	const hidden = suppressedGroups(rows.map((r) => r.people));
	return rows.map((r, i) => ({ ...r, people: hidden[i] ? null : r.people }));
}

export type OriginInput = { people: number; inside: boolean; sortKey: string };
export type SuppressedOrigins<T extends OriginInput> = { rows: (Omit<T, 'people'> & { people: number | null })[]; inside: number | null; outside: number | null };

/**
 * The origins table: rows inside and outside the project's territory are suppressed as two
 * breakdowns, because each side's total is shown and would give away a side's only hidden row.
 * A side left with exactly one hidden row (it has one row) hides both side totals (they add up to
 * the known participants), and the other side then hides its smallest row too, so no hidden count
 * follows from the rest. Shown rows come first, largest first; hidden rows after them in the
 * territories' alphabetical order — never by their real count, which would leak their rank.
 */
export function suppressOrigins<T extends OriginInput>(rows: readonly T[]): SuppressedOrigins<T> {
	const sides = [rows.filter((r) => r.inside), rows.filter((r) => !r.inside)];
	const hidden = new Set<T>();
	for (const side of sides) suppressedGroups(side.map((r) => r.people)).forEach((h, i) => h && hidden.add(side[i]));
	const lone = sides.some((side) => side.filter((r) => hidden.has(r)).length === 1);
	if (lone) {
		for (const side of sides) {
			if (side.length && !side.some((r) => hidden.has(r))) hidden.add([...side].sort((a, b) => a.people - b.people || (a.sortKey < b.sortKey ? -1 : 1))[0]);
		}
	}
	const total = (side: readonly T[]) => side.reduce((a, r) => a + r.people, 0);
	const shown = rows.filter((r) => !hidden.has(r)).sort((a, b) => b.people - a.people || (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
	const rest = rows.filter((r) => hidden.has(r)).sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
	return {
		rows: [...shown.map((r) => ({ ...r })), ...rest.map((r) => ({ ...r, people: null }))],
		inside: lone ? null : total(sides[0]),
		outside: lone ? null : total(sides[1])
	};
}

type EsfAgeBand = (typeof AGE_BANDS)[number];
const esfBand = (value: string | null | undefined): EsfAgeBand | null => ((AGE_BANDS as readonly string[]).includes(value ?? '') ? (value as EsfAgeBand) : null);

/**
 * The band a stored value is reported in. The event registration form asks for finer bands
 * (events/choices.ts AGE_BANDS); those that lie wholly inside one ESF+ band are reported in it, the two that
 * straddle a boundary ("under 25", "25–34") cannot be and are kept as they were collected — the
 * report never guesses an age.
 */
export function reportedAgeBand(value: string | null | undefined): string | null {
	if (!value) return null;
	const esf = esfBand(value);
	if (esf) return esf;
	if (value === '35_44' || value === '45_54') return '30_54';
	if (value === '55_64' || value === '65_plus') return '55_plus';
	return value;
}

export type TerritoryRef = { id: number; parentId: number | null };

/**
 * Inside the project's territory: the municipality is one of the project's territories, or lies
 * in one (a planning region the project names). Unknown municipality: neither inside nor outside.
 */
export function insideTerritory(m: TerritoryRef | null, projectTerritories: ReadonlySet<number>): boolean | null {
	if (!m) return null;
	return projectTerritories.has(m.id) || (m.parentId !== null && projectTerritories.has(m.parentId));
}

export type PersonFacts = { municipalityId: number | null; gender: string | null; ageBand: string | null; employmentStatus: string | null };
export type FactRow = PersonFacts & { personId: string; attended: boolean; startsAt: Date | null };

/**
 * One row of facts per participant (attended at least once), for the breakdowns: each fact from
 * the person's latest attendance that gave it — so a person who moved counts where they last
 * said, and someone who once skipped a field is still counted by what they gave elsewhere.
 */
export function factsPerPerson(rows: readonly FactRow[], resolve: (id: string) => string = (id) => id): Map<string, PersonFacts> {
	const sorted = rows.filter((r) => r.attended).sort((a, b) => (b.startsAt?.getTime() ?? 0) - (a.startsAt?.getTime() ?? 0));
	const out = new Map<string, PersonFacts>();
	for (const r of sorted) {
		const person = resolve(r.personId);
		const f = out.get(person) ?? { municipalityId: null, gender: null, ageBand: null, employmentStatus: null };
		f.municipalityId ??= r.municipalityId;
		f.gender ??= r.gender;
		f.ageBand ??= r.ageBand;
		f.employmentStatus ??= r.employmentStatus;
		out.set(person, f);
	}
	return out;
}

/** People per value of one fact; `notCollected` counts those without it. */
export function countBy<K extends keyof PersonFacts>(facts: Iterable<PersonFacts>, key: K): { counts: Map<NonNullable<PersonFacts[K]>, number>; notCollected: number } {
	const counts = new Map<NonNullable<PersonFacts[K]>, number>();
	let notCollected = 0;
	for (const f of facts) {
		const v = f[key];
		if (v === null || v === undefined || v === '') notCollected++;
		else counts.set(v as NonNullable<PersonFacts[K]>, (counts.get(v as NonNullable<PersonFacts[K]>) ?? 0) + 1);
	}
	return { counts, notCollected };
}
