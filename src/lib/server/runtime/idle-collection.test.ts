import { describe, expect, it } from 'vitest';
import { IdleCollector, releaseWhenIdle } from './idle-collection';

const MB = 1024 * 1024;

function setUp() {
	const clock = { now: 0, heap: 100 * MB, collections: 0 };
	const collector = new IdleCollector(
		10_000,
		() => {
			clock.collections++;
			clock.heap = 90 * MB;
		},
		() => clock.heap,
		() => clock.now
	);
	return { clock, collector };
}

describe('collecting garbage when the server goes quiet', () => {
	it('collects once after a busy spell, when nothing came for the quiet time', () => {
		const { clock, collector } = setUp();
		for (let i = 0; i < 100; i++) {
			clock.now += 20;
			collector.noteRequest();
		}
		clock.now += 5_000;
		expect(collector.check()).toBe(false); // still within the quiet time
		clock.now += 5_000;
		expect(collector.check()).toBe(true);
		expect(clock.collections).toBe(1);
		clock.now += 60_000;
		expect(collector.check()).toBe(false); // nothing served since
		expect(clock.collections).toBe(1);
	});

	it('waits for the heap to grow again before the next one', () => {
		const { clock, collector } = setUp();
		collector.noteRequest();
		clock.now += 10_000;
		expect(collector.check()).toBe(true);
		// a few requests that left little garbage: no collection for them
		collector.noteRequest();
		clock.heap += 4 * MB;
		clock.now += 10_000;
		expect(collector.check()).toBe(false);
		// a busy spell that grew the heap by 20 MB
		collector.noteRequest();
		clock.heap += 20 * MB;
		clock.now += 10_000;
		expect(collector.check()).toBe(true);
		expect(clock.collections).toBe(2);
	});

	it('never collects while requests keep coming', () => {
		const { clock, collector } = setUp();
		for (let i = 0; i < 50; i++) {
			collector.noteRequest();
			clock.heap += MB;
			clock.now += 5_000;
			expect(collector.check()).toBe(false);
		}
		expect(clock.collections).toBe(0);
	});

	it('drops the pools kept for the next request before it collects', () => {
		const pool = [new Uint8Array(1024)];
		releaseWhenIdle(() => (pool.length = 0));
		let now = 0;
		const collector = new IdleCollector(10_000, undefined, () => 100 * MB, () => now);
		collector.noteRequest();
		now += 10_000;
		expect(collector.check()).toBe(true);
		expect(pool).toEqual([]);
	});
});
