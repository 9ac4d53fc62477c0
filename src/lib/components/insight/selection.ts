/**
 * Text selection → offsets in the interview's text, for coding a passage more precisely than by
 * whole sentences. Each piece of text on the page is a <span data-start="…"> holding the text
 * from that offset; a selection's ends are turned into offsets through them. Without JavaScript
 * the sentence checkboxes do the same job.
 */
export type Selected = { start: number; end: number; text: string } | null;

function offsetOf(node: Node | null, offset: number): number | null {
	const el = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
	const span = el?.closest?.('[data-start]') as HTMLElement | null;
	if (!span) return null;
	const base = Number(span.dataset.start);
	return node?.nodeType === Node.TEXT_NODE ? base + offset : base;
}

/** Calls `onSelect` whenever the selection inside `root` changes (null when it leaves or collapses). */
export function watchSelection(root: HTMLElement, onSelect: (s: Selected) => void): () => void {
	const handler = () => {
		const sel = document.getSelection();
		if (!sel || sel.isCollapsed || sel.rangeCount === 0) return onSelect(null);
		const range = sel.getRangeAt(0);
		if (!root.contains(range.commonAncestorContainer)) return onSelect(null);
		const a = offsetOf(range.startContainer, range.startOffset);
		const b = offsetOf(range.endContainer, range.endOffset);
		if (a === null || b === null || a === b) return onSelect(null);
		onSelect({ start: Math.min(a, b), end: Math.max(a, b), text: sel.toString().trim() });
	};
	document.addEventListener('selectionchange', handler);
	return () => document.removeEventListener('selectionchange', handler);
}
