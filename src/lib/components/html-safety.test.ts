import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { svelteFiles } from './svelte-files';
import { render } from 'svelte/server';
import JsonLd from './JsonLd.svelte';

/**
 * `{@html}` bypasses Svelte's escaping. The allowed uses are JsonLd.svelte, which serializes JSON
 * with "<" escaped, and SafeHtml.svelte, which shows news bodies sanitized on the server
 * (news/markup.ts, tested there); any new `{@html}` fails here until it is reviewed and listed.
 */
const ALLOWED = new Set(['src/lib/components/JsonLd.svelte', 'src/lib/components/SafeHtml.svelte']);

describe('raw HTML in components', () => {
	it('appears only in the reviewed JSON-LD component', () => {
		const files = svelteFiles('src');
		expect(files.length).toBeGreaterThan(20);
		const withHtml = files.filter((f) => /\{@html\s/.test(readFileSync(f, 'utf8')));
		expect(withHtml.filter((f) => !ALLOWED.has(f))).toEqual([]);
	});

	it('JSON-LD keeps a hostile name inside its script element and as data', () => {
		const name = 'Z/S "Ļaunais" </script><script>alert(1)</script> <!-- <script> \u2028 </SCRIPT ';
		const data = { '@context': 'https://schema.org', '@type': 'LocalBusiness', name, description: '</script' };
		const { head } = render(JsonLd, { props: { data } });
		const scripts = head.match(/<script\b[^>]*>/gi) ?? [];
		expect(scripts).toEqual(['<script type="application/ld+json">']);
		expect(head.match(/<\/script/gi)).toHaveLength(1);
		const open = '<script type="application/ld+json">';
		const body = head.slice(head.indexOf(open) + open.length, head.lastIndexOf('</script>'));
		expect(body).not.toContain('<'); // no "</script", no "<!--" that could change how the HTML parser reads on
		expect(JSON.parse(body)).toEqual(data);
	});
});
