// The logic of scripts/verify-draw.ts, importable by its test: reads the two published files of a
// draw from a folder and checks them (src/lib/domain/contest/verify.ts).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { problemInEnglish, verifyDraw, type DrawFile } from '../../src/lib/domain/contest/verify';

export type DirResult = { code: number; lines: string[] };

export async function verifyDrawDir(dir: string, drawName = 'draw.json'): Promise<DirResult> {
	let draw: DrawFile;
	let list: string;
	try {
		draw = JSON.parse(readFileSync(join(dir, drawName), 'utf8')) as DrawFile;
		// basename: the draw file names a file next to it, never a path elsewhere
		list = readFileSync(join(dir, basename(draw.listFile)), 'utf8');
	} catch (e) {
		return { code: 2, lines: [`Cannot read the draw files: ${(e as Error).message}`] };
	}
	const result = await verifyDraw(list, draw);
	const lines = [`Contest: ${draw.contest?.title ?? '?'} (${draw.contest?.slug ?? '?'})`, `Entries: ${list === '' ? 0 : list.split('\n').length - 1}`, `List SHA-256: ${result.listHash || '-'}`];
	if (draw.source?.kind === 'drand') lines.push(`Randomness: drand ${draw.source.chain} round ${draw.source.round}`);
	else if (draw.source?.kind === 'commit') lines.push(`Randomness: commit-reveal, commitment ${draw.source.commitment}`);
	for (const p of result.problems) lines.push(`MISMATCH: ${problemInEnglish(p)}`);
	if (result.winners.length) {
		lines.push('Winners:');
		result.winners.forEach((id, i) => lines.push(`  ${i + 1}. ${id}`));
		lines.push(`Alternates in order: ${result.alternates.slice(0, 10).join(', ')}${result.alternates.length > 10 ? ', …' : ''}`);
	}
	lines.push(result.ok ? 'OK: the draw verifies.' : 'FAILED: the draw does not verify.');
	return { code: result.ok ? 0 : 1, lines };
}
