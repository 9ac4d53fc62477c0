import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyDrawDir } from './lib/verify-draw-dir';

const FIXTURE = join(import.meta.dirname, '../tests/fixtures/contest-draw');
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected-winners.json'), 'utf8')) as { listHash: string; winners: string[]; alternates: string[] };
const scratch = mkdtempSync(join(tmpdir(), 'verify-draw-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('scripts/verify-draw.ts', () => {
	it('reproduces the fixture contest’s winners from the published files and the recorded drand round', async () => {
		const { code, lines } = await verifyDrawDir(FIXTURE);
		expect(code).toBe(0);
		expect(lines).toContain(`List SHA-256: ${expected.listHash}`);
		expected.winners.forEach((id, i) => expect(lines).toContain(`  ${i + 1}. ${id}`));
		expect(lines.join('\n')).toContain(expected.alternates.join(', '));
	});

	it('reports a list hash mismatch when one entry is tampered with', async () => {
		const dir = join(scratch, 'tampered');
		cpSync(FIXTURE, dir, { recursive: true });
		const list = readFileSync(join(dir, 'entries.txt'), 'utf8').split('\n');
		// replace one id by another that keeps the byte order, so only the hash can tell
		list[10] = list[10].slice(0, -1) + (list[10].endsWith('z') ? 'y' : 'z');
		const sorted = [...list.slice(0, -1)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		writeFileSync(join(dir, 'entries.txt'), sorted.map((id) => `${id}\n`).join(''));
		const { code, lines } = await verifyDrawDir(dir);
		expect(code).toBe(1);
		expect(lines.some((l) => l.startsWith('MISMATCH: list hash mismatch'))).toBe(true);
		expect(lines.at(-1)).toBe('FAILED: the draw does not verify.');
	});

	it('reports a forged drand value', async () => {
		const dir = join(scratch, 'forged');
		cpSync(FIXTURE, dir, { recursive: true });
		const draw = JSON.parse(readFileSync(join(dir, 'draw.json'), 'utf8'));
		draw.source.beacon.randomness = 'ff' + draw.source.beacon.randomness.slice(2);
		writeFileSync(join(dir, 'draw.json'), JSON.stringify(draw));
		const { code, lines } = await verifyDrawDir(dir);
		expect(code).toBe(1);
		expect(lines.some((l) => l.includes('drand signature of round 1000 does not verify'))).toBe(true);
	});
});
