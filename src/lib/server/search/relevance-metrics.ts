/**
 * recall@k over the relevance set (relevance-cases.ts): for each case that names results it
 * must find (top, topSet, includes — or, for a place search that finds nothing there, the nearby
 * results), the share of them among the first k hits of its group; averaged over the cases, over
 * all of them and per language. Cases that only exclude or count have no recall.
 */
import type { RelevanceCase } from './relevance-cases';

export type RecallRow = { locale: string; behaviour: string; qs: string; recall: number; missing: string[] };

/** The slugs a case wants found, or null when it names none. */
export function relevantOf(c: RelevanceCase): string[] | null {
	const wanted = [...new Set([...(c.top ?? []), ...(c.topSet ?? []), ...(c.includes ?? []), ...(c.nearby?.includes ?? [])])];
	return wanted.length ? wanted : null;
}

export function recallAt(relevant: readonly string[], ranked: readonly string[], k: number): { recall: number; missing: string[] } {
	const first = new Set(ranked.slice(0, k));
	const missing = relevant.filter((s) => !first.has(s));
	return { recall: (relevant.length - missing.length) / relevant.length, missing };
}

export type RecallSummary = { cases: number; recall: number; byLocale: Record<string, { cases: number; recall: number }> };

export function summarize(rows: readonly RecallRow[]): RecallSummary {
	const mean = (xs: readonly RecallRow[]) => (xs.length ? xs.reduce((a, r) => a + r.recall, 0) / xs.length : 0);
	const byLocale: RecallSummary['byLocale'] = {};
	for (const locale of [...new Set(rows.map((r) => r.locale))].sort()) {
		const of = rows.filter((r) => r.locale === locale);
		byLocale[locale] = { cases: of.length, recall: mean(of) };
	}
	return { cases: rows.length, recall: mean(rows), byLocale };
}

/** The printed report: overall and per language, then every case below 1. */
export function formatRecall(s: RecallSummary, rows: readonly RecallRow[], k: number, total: number): string {
	const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
	const lines = [`relevance set: ${total} cases, ${s.cases} with expected results — recall@${k} ${pct(s.recall)}`];
	for (const [locale, x] of Object.entries(s.byLocale)) lines.push(`  ${locale}: ${pct(x.recall)} over ${x.cases} cases`);
	for (const r of rows.filter((x) => x.recall < 1)) lines.push(`  below 1: [${r.locale}] ${r.qs} (${r.behaviour}) misses ${r.missing.join(', ')}`);
	return lines.join('\n');
}
