// `npx tsx scripts/verify-draw.ts <dir> [draw.json]`: verifies a contest draw from the files its audit page
// publishes — the entry list (entries.txt) and the draw file (draw.json) — with nothing else: recomputes
// the list's SHA-256, checks the drand round's signature against the chain's public key offline (or the
// revealed secret against its commitment), recomputes the seed and the winners and prints them.
// Exit code 0 when everything matches, 1 on any mismatch, 2 when the files cannot be read.
// The method: docs/contest-draw.md.
import { verifyDrawDir } from './lib/verify-draw-dir';

const [dir, drawName] = process.argv.slice(2);
if (!dir) {
	console.error('Usage: npx tsx scripts/verify-draw.ts <dir> [draw.json]');
	process.exit(2);
}
const { code, lines } = await verifyDrawDir(dir, drawName);
for (const line of lines) (code === 0 ? console.log : console.error)(line);
process.exit(code);
