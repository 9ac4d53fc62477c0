/**
 * Agreement between two coders (Cohen's kappa). Pure. For interviews the units are the text's
 * sentences: for each code, each coder either tagged a passage overlapping the sentence or not;
 * kappa is computed over every (sentence, code) decision both coders made.
 */

/**
 * Cohen's kappa of paired categorical ratings: (po − pe) / (1 − pe). null when it is not defined:
 * no pairs, or both coders used one and the same category throughout (pe = 1).
 */
export function cohensKappa<T>(pairs: readonly (readonly [T, T])[]): number | null {
	const n = pairs.length;
	if (n === 0) return null;
	const a = new Map<T, number>();
	const b = new Map<T, number>();
	let agree = 0;
	for (const [x, y] of pairs) {
		if (x === y) agree++;
		a.set(x, (a.get(x) ?? 0) + 1);
		b.set(y, (b.get(y) ?? 0) + 1);
	}
	const po = agree / n;
	let pe = 0;
	for (const [category, countA] of a) pe += (countA / n) * ((b.get(category) ?? 0) / n);
	if (pe >= 1) return null;
	return (po - pe) / (1 - pe);
}

export type Span = { start: number; end: number };
export type CodedSpan = Span & { codeId: string };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The (sentence, code) decisions of two coders: tagged (true) or not, for every code either used. */
export function agreementPairs(units: readonly Span[], first: readonly CodedSpan[], second: readonly CodedSpan[], codeIds?: readonly string[]): [boolean, boolean][] {
	const codes = codeIds ?? [...new Set([...first, ...second].map((c) => c.codeId))];
	const pairs: [boolean, boolean][] = [];
	for (const code of codes) {
		const a = first.filter((c) => c.codeId === code);
		const b = second.filter((c) => c.codeId === code);
		for (const unit of units) pairs.push([a.some((c) => overlaps(c, unit)), b.some((c) => overlaps(c, unit))]);
	}
	return pairs;
}
