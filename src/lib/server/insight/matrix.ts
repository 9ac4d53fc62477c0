/**
 * The needs matrix (issue 20): codes × respondent types, or codes × municipalities — how many
 * interviews raised each need (a subcode counts for its parents), how many passages, and a few
 * example quotes. Pure; quotes are the tagged passages only, never who said them.
 */
import { ancestorsOf, codeTree, type CodeNode } from './taxonomy';

export type MatrixInterview = { id: string; respondentType: string; municipalityId: number | null; text: string };
export type MatrixCoding = { interviewId: string; codeId: string; start: number; end: number };
export type MatrixCell = { interviews: number; passages: number; quotes: string[] };
export type MatrixRow = { codeId: string; name: string; path: string; depth: number; cells: MatrixCell[]; total: MatrixCell };
export type Matrix = { columns: string[]; rows: MatrixRow[] };

export const QUOTES_PER_CELL = 2;
const QUOTE_MAX = 280;

export function quoteOf(text: string, start: number, end: number): string {
	const q = text.slice(start, end).replace(/\s+/g, ' ').trim();
	return q.length > QUOTE_MAX ? `${q.slice(0, QUOTE_MAX - 1).trimEnd()}…` : q;
}

/**
 * `columnOf` puts an interview in a column (its respondent type, or its municipality as a key);
 * `columns` fixes their order (columns no interview falls in still show, with zeros).
 */
export function buildMatrix(
	codes: readonly CodeNode[],
	interviews: readonly MatrixInterview[],
	codings: readonly MatrixCoding[],
	columns: readonly string[],
	columnOf: (i: MatrixInterview) => string | null
): Matrix {
	const interviewById = new Map(interviews.map((i) => [i.id, i]));
	const ancestors = ancestorsOf(codes);
	const col = new Map(columns.map((c, i) => [c, i]));
	type Acc = { interviews: Set<string>; passages: number; quotes: string[] };
	const empty = (): Acc => ({ interviews: new Set(), passages: 0, quotes: [] });
	const acc = new Map<string, { cells: Acc[]; total: Acc }>(codes.map((c) => [c.id, { cells: columns.map(empty), total: empty() }]));
	// earlier interviews' passages first, so the quotes shown do not change as more are coded
	const ordered = [...codings].sort((a, b) => a.interviewId.localeCompare(b.interviewId) || a.start - b.start);
	const seenPassage = new Set<string>();
	for (const c of ordered) {
		const interview = interviewById.get(c.interviewId);
		if (!interview) continue;
		const column = columnOf(interview);
		const ci = column === null ? undefined : col.get(column);
		for (const codeId of ancestors.get(c.codeId) ?? []) {
			const a = acc.get(codeId);
			if (!a) continue;
			// two coders tagging the same passage is one passage
			const key = `${codeId}|${c.interviewId}|${c.start}|${c.end}`;
			const fresh = !seenPassage.has(key);
			seenPassage.add(key);
			for (const cell of ci === undefined ? [a.total] : [a.cells[ci], a.total]) {
				cell.interviews.add(c.interviewId);
				if (!fresh) continue;
				cell.passages++;
				if (cell.quotes.length < QUOTES_PER_CELL) cell.quotes.push(quoteOf(interview.text, c.start, c.end));
			}
		}
	}
	const done = (a: Acc): MatrixCell => ({ interviews: a.interviews.size, passages: a.passages, quotes: a.quotes });
	return {
		columns: [...columns],
		rows: codeTree(codes).map((c) => {
			const a = acc.get(c.id)!;
			return { codeId: c.id, name: c.name, path: c.path, depth: c.depth, cells: a.cells.map(done), total: done(a.total) };
		})
	};
}
