import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeEntryList } from '$lib/domain/contest/entry-list';
import { demoEntryIds } from './demo';

describe('the demo contest', () => {
	it('uses exactly the fixture’s frozen list, so its audit page verifies like the fixture', () => {
		const fixture = readFileSync(join(import.meta.dirname, '../../../../tests/fixtures/contest-draw/entries.txt'), 'utf8');
		expect(serializeEntryList(demoEntryIds())).toBe(fixture);
	});
});
