// git merge driver for drizzle/meta/_journal.json: union of entries by tag, ordered by number, `when` increasing.
import { readFileSync, writeFileSync } from 'node:fs';
// argv: %O (base, unused: the union needs only both sides), %A (ours, written back), %B (theirs)
const [, , , oursPath, theirsPath] = process.argv;
const read = (p) => { try { return JSON.parse(readFileSync(p, 'utf8')); } catch { return { entries: [] }; } };
const ours = read(oursPath), theirs = read(theirsPath);
const byTag = new Map();
for (const e of [...theirs.entries, ...ours.entries]) byTag.set(e.tag, e);
let last = 0;
const entries = [...byTag.values()].sort((a, b) => a.tag.localeCompare(b.tag)).map((e) => {
	const when = Math.max(e.when, last + 1); last = when;
	return { idx: Number(e.tag.slice(0, 4)), version: e.version ?? '7', when, tag: e.tag, breakpoints: true };
});
writeFileSync(oursPath, JSON.stringify({ version: ours.version ?? '7', dialect: ours.dialect ?? 'postgresql', entries }, null, 2) + '\n');
