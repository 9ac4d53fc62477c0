import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/**
 * A full garbage collection now. For after a one-off burst that leaves hundreds of megabytes of
 * garbage (a full search-index load at 100k producers: ~300 MB of intermediate arrays and slabs):
 * V8 collects the old generation only under pressure, so without this the process keeps that
 * much resident for as long as it runs (bench/README.md, memory). Node exposes `gc` only behind a
 * flag; the flag is set here and `gc` taken from a fresh context, which is how it becomes visible
 * after start-up. Where that is refused the collection is simply left to V8, as before.
 */
export function collectGarbage(): void {
	if (collect === undefined) {
		try {
			setFlagsFromString('--expose-gc');
			collect = runInNewContext('gc') as () => void;
		} catch {
			collect = null;
		}
	}
	collect?.();
}
