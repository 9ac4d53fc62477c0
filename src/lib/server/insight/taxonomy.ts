/** The needs taxonomy of one organisation as a tree (pure): order, depth, and which moves and merges are allowed. */
import { compareSortKeys } from '../../text/collation';

export type CodeNode = { id: string; parentId: string | null; name: string; sortKey: string };
export type TreeCode = CodeNode & { depth: number; path: string };

/** Depth-first, siblings in Latvian order; a code whose parent is gone sits at the top. */
export function codeTree<T extends CodeNode>(codes: readonly T[]): (T & { depth: number; path: string })[] {
	const ids = new Set(codes.map((c) => c.id));
	const children = new Map<string | null, T[]>();
	for (const c of codes) {
		const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null;
		children.set(parent, [...(children.get(parent) ?? []), c]);
	}
	const out: (T & { depth: number; path: string })[] = [];
	const walk = (parent: string | null, depth: number, prefix: string) => {
		for (const c of [...(children.get(parent) ?? [])].sort((a, b) => compareSortKeys(a.sortKey, b.sortKey))) {
			const path = prefix ? `${prefix} › ${c.name}` : c.name;
			out.push({ ...c, depth, path });
			walk(c.id, depth + 1, path);
		}
	};
	walk(null, 0, '');
	return out;
}

/** The code and every code below it. */
export function subtreeOf(codes: readonly CodeNode[], id: string): Set<string> {
	const out = new Set([id]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const c of codes) {
			if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
				out.add(c.id);
				grew = true;
			}
		}
	}
	return out;
}

/** Each code's ancestors including itself: a passage tagged with a subcode counts for its parents too. */
export function ancestorsOf(codes: readonly CodeNode[]): Map<string, string[]> {
	const byId = new Map(codes.map((c) => [c.id, c]));
	const out = new Map<string, string[]>();
	for (const c of codes) {
		const chain: string[] = [];
		for (let cur: CodeNode | undefined = c; cur && !chain.includes(cur.id); cur = cur.parentId ? byId.get(cur.parentId) : undefined) chain.push(cur.id);
		out.set(c.id, chain);
	}
	return out;
}

/** A code may go under any code that is not itself or one of its own subcodes. */
export function canMoveUnder(codes: readonly CodeNode[], id: string, parentId: string | null): boolean {
	return parentId === null || !subtreeOf(codes, id).has(parentId);
}

/** Merging `from` into `into`: not into itself, nor into one of its own subcodes (its children move to `into`). */
export function canMerge(codes: readonly CodeNode[], from: string, into: string): boolean {
	return from !== into && !subtreeOf(codes, from).has(into);
}
