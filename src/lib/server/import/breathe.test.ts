/**
 * An import runs inside the server process (job `import.run`): every long loop must hand the event
 * loop back (breathe.ts) or no request is answered meanwhile — the audit measured 9 s for a 9.5 MB
 * CSV (issue 11; bench/import-latency.ts). Counted, not timed: a chain of setImmediate advances one
 * step per turn of the event loop, so a loop that stops breathing shows as too few turns on any machine.
 */
import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeWindows1257 } from './decode';
import { planRows } from './duplicates';
import { readTable } from './read-table';
import type { ProducerDraft } from './validate';

async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
	let turns = 0;
	let counting = true;
	const tick = () => {
		if (!counting) return;
		turns++;
		setImmediate(tick);
	};
	setImmediate(tick);
	const result = await work();
	counting = false;
	return { result, turns };
}

const draft = (i: number): ProducerDraft => ({
	row: i + 2,
	externalId: `X-${i}`,
	name: `Ražotājs ${i}`,
	kind: 'producer' as ProducerDraft['kind'],
	municipalityId: 100,
	localityId: null,
	address: null,
	lat: null,
	lng: null,
	locationPrecision: 'locality' as ProducerDraft['locationPrecision'],
	phone: `+371 2${String(1_000_000 + i).slice(-7)}`,
	email: `r${i}@example.lv`,
	website: null,
	facebook: null,
	instagram: null,
	categoryIds: [],
	products: [],
	description: {},
	labels: []
});

describe('an import breathes while it works', () => {
	it('decodes a large file a megabyte at a time, in either encoding', async () => {
		const utf8 = await turnsDuring(() => decodeBytes(new TextEncoder().encode('Ražotājs;Novads\n'.repeat(250_000))));
		expect(utf8.result.encoding).toBe('utf-8');
		expect(utf8.turns).toBeGreaterThanOrEqual(4);
		const line = encodeWindows1257('Ražotājs;Novads\n');
		const bytes = new Uint8Array(line.length * 250_000).map((_, i) => line[i % line.length]);
		const cp1257 = await turnsDuring(() => decodeBytes(bytes));
		expect(cp1257.result.encoding).toBe('windows-1257');
		expect(cp1257.result.text.startsWith('Ražotājs;Novads\n')).toBe(true);
		expect(cp1257.turns).toBeGreaterThanOrEqual(4);
	});

	it('parses a CSV and builds its table a slice of rows at a time', async () => {
		const rows = 5000;
		const csv = 'name,municipality\n' + Array.from({ length: rows }, (_, i) => `Ražotājs ${i},Rīga`).join('\n');
		const { result, turns } = await turnsDuring(() => readTable(new TextEncoder().encode(csv)));
		expect(result.rows).toHaveLength(rows);
		// one breath per 500 rows parsed and one per 500 rows put into the table
		expect(turns).toBeGreaterThanOrEqual((2 * rows) / 500);
	});

	it('compares rows with each other and the directory a thousand at a time', async () => {
		const { result, turns } = await turnsDuring(() => planRows(Array.from({ length: 5000 }, (_, i) => draft(i)), []));
		expect(result.planned).toHaveLength(5000);
		expect(turns).toBeGreaterThanOrEqual(4);
	});
});
