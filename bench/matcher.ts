// The mentor matcher (src/lib/domain/programme/matcher.ts, issue 17): 200 mentees × 60 mentors,
// generated deterministically, against a floor measured in the same run — one pass over the same
// 12,000 pairs computing only their distance, the least work any matcher must do — so the number
// can be compared across machines as a ratio (÷floor). Printed, never asserted in a test.
//
//   npx tsx bench/matcher.ts            # BENCH_MENTEES (200), BENCH_MENTORS (60), BENCH_RUNS (30)
import { haversineKm, proposeMatches, type MatchMentee, type MatchMentor } from '../src/lib/domain/programme/matcher';
import { SOCIAL_FIELDS, SOCIAL_FIELD_WORDS, socialSectorKey } from '../src/lib/domain/programme/social-fields';

const MENTEES = Number(process.env.BENCH_MENTEES ?? 200);
const MENTORS = Number(process.env.BENCH_MENTORS ?? 60);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

let seed = 20261206;
const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
const some = <T>(xs: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(xs)))];

// 43 municipality-like centres spread over Latvia's box
const places = Array.from({ length: 43 }, (_, id) => ({ id, centre: { lat: 55.7 + random() * 2.3, lng: 21 + random() * 7.2 } }));
const sectors = ['medus', 'gala', 'darzeni', 'maize-un-konditoreja', 'amatnieciba', 'dzerieni', ...SOCIAL_FIELDS.map(socialSectorKey)];
const words: Record<string, string[]> = Object.fromEntries(SOCIAL_FIELDS.map((f) => [socialSectorKey(f), SOCIAL_FIELD_WORDS[f]]));
const langs = ['lv', 'lv', 'lv', 'en', 'ru', 'ro'];
const needs = ['Vēlos sākt sociālo uzņēmumu izglītībā', 'Need help with a green recycling business', 'Хочу открыть мастерскую, нужна помощь с маркетингом', 'Kā pārdot medu un maizi tirgos?'];

const mentees: MatchMentee[] = Array.from({ length: MENTEES }, (_, i) => {
	const p = pick(places);
	return { id: `e${String(i).padStart(4, '0')}`, sectors: some(sectors, 1 + Math.floor(random() * 3)), municipalityId: p.id, centre: p.centre, languages: some(langs, 1 + Math.floor(random() * 2)), needs: pick(needs) };
});
const mentors: MatchMentor[] = Array.from({ length: MENTORS }, (_, i) => {
	const p = pick(places);
	return { id: `t${String(i).padStart(4, '0')}`, sectors: some(sectors, 2 + Math.floor(random() * 3)), municipalityIds: [p.id, pick(places).id], centre: p.centre, languages: some(langs, 1 + Math.floor(random() * 3)), capacity: 1 + Math.floor(random() * 5), load: Math.floor(random() * 2) };
});

function floor(): number {
	let sum = 0;
	for (const e of mentees) for (const t of mentors) sum += haversineKm(e.centre!, t.centre!);
	return sum;
}

function time(fn: () => unknown): { median: number; p95: number } {
	for (let i = 0; i < 3; i++) fn(); // warm the JIT before measuring
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t0 = performance.now();
		fn();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] };
}

const proposals = proposeMatches(mentees, mentors, words);
const f = time(floor);
const m = time(() => proposeMatches(mentees, mentors, words));
const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(`${MENTEES} mentees × ${MENTORS} mentors (${MENTEES * MENTORS} pairs), ${RUNS} runs each; ${proposals.length} proposed pairs`);
console.log(`floor (distances only)   median ${ms(f.median).padStart(10)}  p95 ${ms(f.p95).padStart(10)}`);
console.log(`proposeMatches           median ${ms(m.median).padStart(10)}  p95 ${ms(m.p95).padStart(10)}  ${(m.median / f.median).toFixed(1)}× floor`);
console.log(`well under a second: ${m.p95 < 250 ? 'yes' : 'NO'} (p95 ${ms(m.p95)}, target < 250 ms)`);
