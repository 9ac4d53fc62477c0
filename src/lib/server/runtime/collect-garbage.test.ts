import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collect-garbage';

/** 64 MB in array buffers, dropped on return: what was held while they lived. */
function burst(): number {
	const buffers = Array.from({ length: 8 }, () => new Uint8Array(8 * 1024 * 1024).fill(1));
	return buffers.length && process.memoryUsage().arrayBuffers;
}

describe('collecting garbage after a one-off burst', () => {
	it('gives back memory nothing refers to any more', async () => {
		const held = burst();
		collectGarbage();
		// array buffers are swept right after the collection, concurrently: a moment later
		await new Promise((r) => setTimeout(r, 200));
		expect(process.memoryUsage().arrayBuffers).toBeLessThan(held - 48 * 1024 * 1024);
	});
});
