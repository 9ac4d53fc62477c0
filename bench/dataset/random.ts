// Seeded randomness shared by the benchmark generator's modules (one stream: the call order fixes the dataset).
import { mulberry32 } from '../../src/lib/server/seed/prng';

export const arg = (name: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
};
export const N = Number(arg('producers') ?? process.env.BENCH_PRODUCERS ?? 100_000);
export const rng = mulberry32(Number(arg('seed') ?? 20261122));
export const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)];
export const chance = (p: number) => rng() < p;
export const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

export const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
export function offset(c: { lat: number; lng: number }, minKm: number, maxKm: number) {
	const km = minKm + rng() * (maxKm - minKm);
	const a = rng() * 2 * Math.PI;
	return { lat: round5(c.lat + (km * Math.cos(a)) / 111.32), lng: round5(c.lng + (km * Math.sin(a)) / (111.32 * Math.cos((c.lat * Math.PI) / 180))) };
}
