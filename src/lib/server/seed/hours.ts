import type { OpeningInterval } from '../db/schema';

/**
 * Parses an opening-hours shorthand into intervals: "1-5 10:00-18:00; 6 10:00-15:00" or
 * "1,3 09:00-12:00; 2,4 15:00-17:00" (ISO weekdays, 1 = Monday). Throws on malformed input.
 */
export function parseHours(spec: string | undefined): OpeningInterval[] {
	if (!spec) return [];
	const out: OpeningInterval[] = [];
	for (const part of spec.split(';').map((s) => s.trim()).filter(Boolean)) {
		const m = /^([1-7](?:[-,][1-7])*)\s+(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(part);
		if (!m) throw new Error(`Bad opening hours "${part}" in "${spec}"`);
		const [, days, opens, closes] = m;
		if (opens >= closes) throw new Error(`Opening hours close before they open: "${part}"`);
		const set = new Set<number>();
		for (const group of days.split(',')) {
			const [a, b] = group.split('-').map(Number);
			for (let d = a; d <= (b ?? a); d++) set.add(d);
		}
		for (const day of [...set].sort()) out.push({ day, opens, closes });
	}
	return out.sort((x, y) => x.day - y.day || x.opens.localeCompare(y.opens));
}
