/** Text cut into plain and marked pieces by [start, end) ranges (no HTML involved). */
export type Range = readonly [number, number];
export type Segment = { text: string; mark: boolean };

/** Clamped to the text, sorted, overlapping and touching ranges merged, empty ones dropped. */
export function normalizeRanges(ranges: readonly Range[], length: number): Range[] {
	const sorted = ranges
		.map(([a, b]) => [Math.max(0, Math.min(a, length)), Math.max(0, Math.min(b, length))] as [number, number])
		.filter(([a, b]) => b > a)
		.sort((x, y) => x[0] - y[0]);
	const out: [number, number][] = [];
	for (const r of sorted) {
		const last = out.at(-1);
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else out.push(r);
	}
	return out;
}

export function segments(text: string, ranges: readonly Range[]): Segment[] {
	const out: Segment[] = [];
	let pos = 0;
	for (const [a, b] of normalizeRanges(ranges, text.length)) {
		if (a > pos) out.push({ text: text.slice(pos, a), mark: false });
		out.push({ text: text.slice(a, b), mark: true });
		pos = b;
	}
	if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
	return out;
}
