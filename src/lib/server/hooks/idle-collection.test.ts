import { describe, expect, it, vi } from 'vitest';

const noteRequest = vi.fn();
const startIdleCollection = vi.fn((quietSeconds: number) => (quietSeconds > 0 ? { noteRequest } : null));
vi.mock('../runtime/idle-collection', () => ({ startIdleCollection }));
vi.mock('../config/env', () => ({ config: () => ({ IDLE_COLLECT_SECONDS: 10 }) }));

const { handleIdleCollection } = await import('./idle-collection');

describe('the idle collection hook', () => {
	it('starts one collector with the configured quiet time and tells it of every request', async () => {
		const resolve = vi.fn(async () => new Response('ok'));
		for (let i = 0; i < 3; i++) {
			const res = await handleIdleCollection({ event: {} as never, resolve });
			expect(await res.text()).toBe('ok');
		}
		expect(startIdleCollection).toHaveBeenCalledTimes(1);
		expect(startIdleCollection).toHaveBeenCalledWith(10);
		expect(noteRequest).toHaveBeenCalledTimes(3);
		expect(resolve).toHaveBeenCalledTimes(3);
	});
});
