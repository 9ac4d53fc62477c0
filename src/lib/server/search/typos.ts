/**
 * Typo tolerance: which vocabulary words a mistyped query word may stand for — the memory index's
 * vocabulary (search_terms) within the allowed edit distance; the closest and most used win.
 */

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
	const s = [...a];
	const t = [...b];
	const rows = s.length + 1;
	const cols = t.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[rows - 1][cols - 1];
}

/**
 * Whether the optimal string alignment distance is at most `max`, computing only the band of
 * width 2·max+1 around the diagonal and giving up as soon as a whole row exceeds it: the memory
 * vocabulary is checked word by word, so this must be cheap for the many clear misses.
 */
export function withinEdits(a: readonly string[], b: readonly string[], max: number): boolean {
	const n = a.length;
	const m = b.length;
	if (Math.abs(n - m) > max) return false;
	const BIG = max + 1;
	// three rows reused from call to call (this runs for every vocabulary word of a like length:
	// fresh arrays per call were most of a typo'd search's garbage)
	if (scratch[0].length < m + 1) scratch = [0, 1, 2].map(() => new Int32Array(2 * (m + 1)));
	let prev2 = scratch[0];
	let prev = scratch[1];
	let row = scratch[2];
	for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : BIG;
	for (let i = 1; i <= n; i++) {
		row.fill(BIG, 0, m + 1);
		row[0] = i <= max ? i : BIG;
		let best = row[0];
		for (let j = Math.max(1, i - max); j <= Math.min(m, i + max); j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
			row[j] = Math.min(d, BIG);
			if (row[j] < best) best = row[j];
		}
		if (best > max) return false;
		const free = prev2;
		prev2 = prev;
		prev = row;
		row = free;
	}
	return prev[m] <= max;
}
let scratch = [0, 1, 2].map(() => new Int32Array(64));

/** How many wrong letters a word of this length may have: none up to 3, one for 4, two from 5. */
export function allowedEdits(length: number): number {
	return length <= 3 ? 0 : length === 4 ? 1 : 2;
}

export type TermCandidate = { term: string; stem: string; docs: number };
export type Correction = { term: string; stem: string; distance: number };

/**
 * The closest vocabulary words within the allowed distance: all at the best distance, most used
 * first, at most `limit` distinct stems.
 */
export function pickCorrections(word: string, candidates: readonly TermCandidate[], limit = 3): Correction[] {
	const max = allowedEdits([...word].length);
	if (max === 0) return [];
	const scored = candidates
		.filter((c) => c.term !== word)
		.map((c) => ({ ...c, distance: editDistance(word, c.term) }))
		.filter((c) => c.distance <= max);
	if (scored.length === 0) return [];
	const best = Math.min(...scored.map((c) => c.distance));
	const seen = new Set<string>();
	const out: Correction[] = [];
	for (const c of scored.filter((x) => x.distance === best).sort((x, y) => y.docs - x.docs || (x.term < y.term ? -1 : 1))) {
		if (seen.has(c.stem)) continue;
		seen.add(c.stem);
		out.push({ term: c.term, stem: c.stem, distance: c.distance });
		if (out.length >= limit) break;
	}
	return out;
}
