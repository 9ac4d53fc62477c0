/**
 * Text edits the editor's toolbar makes in the markup textarea (pure: text and selection in, text
 * and selection out), so the toolbar does exactly what typing the markup by hand would.
 */
export type Edit = { text: string; start: number; end: number };

/** Wraps the selection ("**bold**"); with nothing selected, places the cursor between the marks. */
export function wrap(e: Edit, before: string, after = before): Edit {
	const selected = e.text.slice(e.start, e.end);
	const text = e.text.slice(0, e.start) + before + selected + after + e.text.slice(e.end);
	return { text, start: e.start + before.length, end: e.start + before.length + selected.length };
}

/** Puts a prefix ("## ", "- ", "1. ") at the start of every selected line (numbered ones counted). */
export function prefixLines(e: Edit, prefix: (index: number) => string): Edit {
	const lineStart = e.text.lastIndexOf('\n', e.start - 1) + 1;
	const nextBreak = e.text.indexOf('\n', e.end);
	const lineEnd = nextBreak === -1 ? e.text.length : nextBreak;
	const lines = e.text.slice(lineStart, lineEnd).split('\n');
	const replaced = lines.map((l, i) => prefix(i) + l.replace(/^(#{1,6} |[-*] |\d+\. )/, '')).join('\n');
	const text = e.text.slice(0, lineStart) + replaced + e.text.slice(lineEnd);
	return { text, start: lineStart, end: lineStart + replaced.length };
}

/** A link around the selection; the URL placeholder is selected so the person types over it. */
export function link(e: Edit, placeholder = 'https://'): Edit {
	const selected = e.text.slice(e.start, e.end) || 'saite';
	const before = e.text.slice(0, e.start) + `[${selected}](`;
	const text = before + placeholder + ')' + e.text.slice(e.end);
	return { text, start: before.length, end: before.length + placeholder.length };
}

/** Inserts a block (a picture) on its own line at the cursor. */
export function insertBlock(e: Edit, block: string): Edit {
	const head = e.text.slice(0, e.start);
	const lead = head === '' || head.endsWith('\n\n') ? '' : head.endsWith('\n') ? '\n' : '\n\n';
	const text = head + lead + block + '\n\n' + e.text.slice(e.end);
	const at = head.length + lead.length + block.length + 2;
	return { text, start: at, end: at };
}
