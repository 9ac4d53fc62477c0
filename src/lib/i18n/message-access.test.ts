import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Reading a message by a computed name (`m[\`prod_kind_${k}\`]`) makes the bundler keep every message
// in every language: on a page with SvelteKit's client that was 110 kB of script (issue 14).
// Name each message (see producers/format.ts: kindLabel, unitLabel).
function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? (e.name === 'paraglide' ? [] : files(join(dir, e.name))) : /\.(svelte|ts)$/.test(e.name) ? [join(dir, e.name)] : []
	);
}

// The moderators' diff names fields of any entity generically; it is only on their (signed-in) pages.
const KNOWN = [
	'src/lib/components/moderation/format-value.ts',
	// the admin audit log names actions and fields of every entity the same way (admins only)
	'src/lib/components/admin/audit-labels.ts'
];

describe('messages are named, never looked up by a computed key', () => {
	it('no `m as …` casts or m[`…`] lookups where the messages are imported', () => {
		const offenders = files('src').filter((f) => {
			const text = readFileSync(f, 'utf8');
			return /import \{[^}]*\bm\b[^}]*\} from '\$lib\/paraglide\/messages'/.test(text) && /\bm as unknown\b|\bm\[[`'"a-z]/.test(text);
		});
		expect(offenders.filter((f) => !KNOWN.includes(f))).toEqual([]);
	});
});
