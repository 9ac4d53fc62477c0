/** Projects: pure rules (no I/O). Dates are calendar days ("YYYY-MM-DD") in Riga. */
import type { LocalizedText } from '$lib/domain/types';
import { rigaMoment } from '$lib/domain/riga-time';

export type ProjectPhase = 'upcoming' | 'current' | 'past';
export const PROJECT_PHASES: readonly ProjectPhase[] = ['current', 'upcoming', 'past'];

/** Today's date in Riga. */
export const rigaToday = (now: Date) => rigaMoment(now).date;

/**
 * Where a project stands: not started, running (no end date = still running), or over. A project
 * without a start date is only known to have happened: past.
 */
export function projectPhase(p: { startsOn: string | null; endsOn: string | null }, today: string): ProjectPhase {
	if (!p.startsOn) return 'past';
	if (p.startsOn > today) return 'upcoming';
	if (p.endsOn && p.endsOn < today) return 'past';
	return 'current';
}

/** Goals typed one per line (a leading "-", "•" or "1." is the person's own list marker). */
export function goalLines(text: string | null | undefined): string[] {
	return (text ?? '')
		.split(/\r?\n/)
		.map((l) => l.replace(/^\s*(?:[-•*–]|\d+[.)])\s+/, '').trim())
		.filter(Boolean);
}

/** Form text per language → stored text: absent languages left out; null when there is no Latvian. */
export function toLocalizedText(v: { lv?: string; en?: string; ro?: string; ru?: string } | undefined | null): LocalizedText | null {
	if (!v?.lv) return null;
	const out: LocalizedText = { lv: v.lv };
	for (const l of ['en', 'ro', 'ru'] as const) if (v[l]) out[l] = v[l];
	return out;
}
