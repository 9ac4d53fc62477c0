// git merge driver: three-way merge of flat JSON objects by key (messages/*.json, package.json-like files).
import { readFileSync, writeFileSync } from 'node:fs';
const [, , basePath, oursPath, theirsPath] = process.argv;
const read = (p) => { try { return JSON.parse(readFileSync(p, 'utf8') || '{}'); } catch { return null; } };
const base = read(basePath) ?? {}, ours = read(oursPath), theirs = read(theirsPath);
if (!ours || !theirs) process.exit(1);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const out = { ...ours };
let conflict = false;
for (const key of new Set([...Object.keys(base), ...Object.keys(theirs)])) {
	const inBase = key in base, inTheirs = key in theirs, inOurs = key in ours;
	if (inTheirs && (!inBase || !same(base[key], theirs[key]))) {
		if (inOurs && !same(ours[key], theirs[key]) && (!inBase || !same(ours[key], base[key]))) { conflict = true; console.error(`json merge conflict on key ${key}`); continue; }
		out[key] = theirs[key];
	} else if (inBase && !inTheirs && inOurs && same(ours[key], base[key])) delete out[key];
}
writeFileSync(oursPath, JSON.stringify(out, null, '\t') + '\n');
process.exit(conflict ? 1 : 0);
